package jp.mamori.gateway.shops;

import reactor.core.publisher.Mono;

/**
 * A platform's cache of connected shops (their clients, breakers and verifiers), told when a shop's
 * settings changed or it was removed, so that the next delivery connects it afresh.
 */
public interface ShopDirectory {

    void forget(String shopId);

    /**
     * The shop was removed: forget, durably, what was kept about it beyond its settings that a shop added again
     * under its id must not start from. Completes once that is committed.
     */
    default Mono<Void> removed(String shopId) {
        return Mono.empty();
    }
}
