package jp.mamori.eccube;

import jp.mamori.connector.shophttp.ShopCallException;

/**
 * The shop has no {@code updateOrderScreening}: the companion plugin Mamori42 is not installed, or it is
 * installed but disabled. Decisions then stay in Mamori's review queue.
 */
public final class Mamori42Unavailable extends ShopCallException {

    public Mamori42Unavailable(String message) {
        super(message, false, 200);
    }
}
