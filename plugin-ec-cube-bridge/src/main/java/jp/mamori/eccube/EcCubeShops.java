package jp.mamori.eccube;

import reactor.core.publisher.Mono;

/** The connected EC-CUBE shops, and what the bridge tells about them. */
public interface EcCubeShops {

    /** The shop connected under this id in Mamori; empty when there is none. */
    Mono<EcCubeShop> find(String shopId);

    /**
     * The shop refused Mamori's tokens: record (durably, for {@code doctor} and health) that a shop
     * administrator must connect it again. {@code reason} holds no token.
     */
    Mono<Void> needsReauthorization(String shopId, String reason);
}
