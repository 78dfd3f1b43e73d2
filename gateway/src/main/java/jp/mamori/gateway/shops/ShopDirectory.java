package jp.mamori.gateway.shops;

/**
 * A platform's cache of connected shops (their clients, breakers and verifiers), told when a shop's
 * settings changed or it was removed, so that the next delivery connects it afresh.
 */
public interface ShopDirectory {

    void forget(String shopId);
}
