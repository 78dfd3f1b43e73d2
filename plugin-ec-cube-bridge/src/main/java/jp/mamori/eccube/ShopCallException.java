package jp.mamori.eccube;

/**
 * A call to a shop's token endpoint or GraphQL API that did not succeed. {@link #retryable()} failures
 * (a timeout, a reset, 408, 429, 5xx, an open circuit) may succeed later and belong in the dead-letter
 * queue for replay; the others (403, 404, 400, a GraphQL error) fail the same way until someone fixes
 * the shop. The message names the call and the status, never tokens, secrets or bodies.
 */
public class ShopCallException extends RuntimeException {

    private final boolean retryable;
    private final int httpStatus;

    public ShopCallException(String message, boolean retryable, int httpStatus) {
        super(message, null, false, false);
        this.retryable = retryable;
        this.httpStatus = httpStatus;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The shop's HTTP status, 0 when it never answered. */
    public int httpStatus() {
        return httpStatus;
    }
}
