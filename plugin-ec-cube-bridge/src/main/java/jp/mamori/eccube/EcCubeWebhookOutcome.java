package jp.mamori.eccube;

import java.util.List;

/**
 * What a delivery to {@code /hooks/ec-cube/{shop}} is, once its signature has been checked.
 * {@code orderIds} are the orders created or updated in the shop's request that sent it, each once and
 * in the order EC-CUBE listed them (empty unless {@link Kind#ORDER_EVENTS}); {@code detail} says in a
 * few words why a delivery was refused or ignored, never quoting the body.
 */
public record EcCubeWebhookOutcome(Kind kind, List<Long> orderIds, String detail) {

    public EcCubeWebhookOutcome {
        orderIds = List.copyOf(orderIds);
    }

    /** How the endpoint should treat the delivery. */
    public enum Kind {
        /** Signed, and at least one order was created or updated: store it in the inbox, then answer 200. */
        ORDER_EVENTS(200),
        /** Signed, but only products, customers or deleted orders: nothing to screen. */
        IGNORED(200),
        /** A signature no secret of the shop produces: a wrong secret or a forgery. */
        INVALID_SIGNATURE(401),
        /**
         * No signature: Api42 signs only when the webhook was given a secret, and Mamori requires one,
         * because an unsigned delivery could make it fetch and screen any order on anyone's say-so.
         */
        MISSING_SIGNATURE(401),
        /** Correctly signed, but not the JSON array of {@code {entity, id, action}} Api42 sends. */
        MALFORMED(400);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /**
         * The status to answer EC-CUBE with. EC-CUBE only logs a failed delivery and never sends it again,
         * so a refusal is for the shop's log and for Mamori's metrics, not a request to retry.
         */
        public int httpStatus() {
            return httpStatus;
        }
    }

    static EcCubeWebhookOutcome of(Kind kind, String detail) {
        return new EcCubeWebhookOutcome(kind, List.of(), detail);
    }
}
