package jp.mamori.connector.shophttp;

import java.time.Duration;

/**
 * A call to a shop's API that did not succeed. {@link #retryable()} failures (a timeout, a reset
 * connection, 408, 429, 5xx, an open circuit) may succeed later and belong in the dead-letter queue for
 * replay; the others (401 bad key, 403, 404 order gone, 400, a GraphQL error) fail the same way until
 * someone fixes the shop or its settings. The message names the call and the status, never
 * credentials, tokens or bodies. Not final: a bridge names its own permanent failures as subclasses.
 */
public class ShopCallException extends RuntimeException {

    private final boolean retryable;
    private final int httpStatus;
    private final Duration retryAfter;

    public ShopCallException(String message, boolean retryable, int httpStatus) {
        this(message, retryable, httpStatus, null);
    }

    public ShopCallException(String message, boolean retryable, int httpStatus, Duration retryAfter) {
        super(message, null, false, false);
        this.retryable = retryable;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The shop's HTTP status, 0 when it never answered. */
    public int httpStatus() {
        return httpStatus;
    }

    /** How long the shop asked to be left alone ({@code Retry-After} on a 429 or 503), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
