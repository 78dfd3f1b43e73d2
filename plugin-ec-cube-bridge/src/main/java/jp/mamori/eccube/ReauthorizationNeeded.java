package jp.mamori.eccube;

import jp.mamori.connector.shophttp.ShopCallException;

/**
 * The shop no longer accepts Mamori's tokens: the refresh token was refused (revoked, expired, the
 * OAuth client deleted) or a freshly refreshed access token was refused too. No retry can fix that;
 * a shop administrator must connect the shop again through the authorize URL.
 */
public final class ReauthorizationNeeded extends ShopCallException {

    public ReauthorizationNeeded(String message, int httpStatus) {
        super(message, false, httpStatus);
    }
}
