package jp.mamori.woocommerce;

import reactor.core.publisher.Mono;

/** Looks up connected WooCommerce shops by their id in Mamori; empty when no such shop is connected. */
public interface WooShops {

    Mono<WooShop> find(String shopId);
}
