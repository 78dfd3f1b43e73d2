package jp.mamori.woocommerce;

/**
 * What a delivery to {@code /hooks/woocommerce/{shop}} is, once its signature has been checked.
 * {@code orderId} is set for {@link Kind#ORDER_EVENT}; {@code topic} whenever the delivery named one; {@code detail} says in a few
 * words why a delivery was refused or ignored (never quoting the body).
 */
public record WooWebhookOutcome(Kind kind, String topic, Long orderId, String detail) {

    /** How the endpoint should treat the delivery. */
    public enum Kind {
        /**
         * The unsigned {@code webhook_id=N} form WooCommerce posts when a webhook is saved. Answer exactly
         * 200 (WooCommerce refuses to save the webhook otherwise) and do nothing else.
         */
        PING(200),
        /** A signed {@code order.created} or {@code order.updated}: store it in the inbox, then answer 2xx. */
        ORDER_EVENT(202),
        /**
         * Signed, but a topic Mamori does not screen (product, customer, order.deleted, actions…). Answered
         * 200 all the same: WooCommerce disables a webhook after repeated non-2xx answers.
         */
        IGNORED(200),
        /** A signature no secret of the shop produces: a wrong secret or a forgery. */
        INVALID_SIGNATURE(401),
        /** No signature on something that is not a ping: the webhook has no secret, or it is not WooCommerce. */
        MISSING_SIGNATURE(401),
        /** Correctly signed but not a WooCommerce order delivery: no topic, or an order body that is not an order. */
        MALFORMED(400);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /** The status to answer WooCommerce with. */
        public int httpStatus() {
            return httpStatus;
        }
    }

    static WooWebhookOutcome of(Kind kind, String topic, String detail) {
        return new WooWebhookOutcome(kind, topic, null, detail);
    }
}
