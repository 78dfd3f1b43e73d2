package jp.mamori.woocommerce;

/** What {@code doctor} found when it knocked on a shop's REST API, and what to do about it in a few words. */
public record ConnectionCheck(Diagnosis diagnosis, int httpStatus, String detail) {

    public enum Diagnosis {
        /** The REST API answered with orders: the key may read them. */
        OK,
        /** No answer, or the host failed (timeout, refused connection, TLS, 5xx). */
        UNREACHABLE,
        /** WooCommerce refused the consumer key or secret, or the key may not read orders. */
        BAD_CREDENTIALS,
        /** Something answered, but not WooCommerce's REST API v3 (no route, an HTML page, a redirect). */
        NOT_WOOCOMMERCE
    }
}
