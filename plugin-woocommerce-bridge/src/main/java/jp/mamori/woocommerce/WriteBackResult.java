package jp.mamori.woocommerce;

import jp.mamori.connector.shophttp.ShopCallException;

/**
 * How a decision's write-back went. A {@link Outcome#RETRYABLE_FAILURE} belongs in the dead-letter
 * queue and may simply be replayed (the write-back is idempotent); a {@link Outcome#PERMANENT_FAILURE}
 * needs a person (a revoked key, a deleted order). {@code noteAdded} is false when the note of this
 * screening was already on the order.
 */
public record WriteBackResult(Outcome outcome, boolean noteAdded, int httpStatus, String detail) {

    public enum Outcome {
        DONE,
        RETRYABLE_FAILURE,
        PERMANENT_FAILURE
    }

    static WriteBackResult done(boolean noteAdded) {
        return new WriteBackResult(Outcome.DONE, noteAdded, 200, "written back");
    }

    static WriteBackResult failed(ShopCallException e) {
        return new WriteBackResult(e.retryable() ? Outcome.RETRYABLE_FAILURE : Outcome.PERMANENT_FAILURE, false,
                e.httpStatus(), e.getMessage());
    }
}
