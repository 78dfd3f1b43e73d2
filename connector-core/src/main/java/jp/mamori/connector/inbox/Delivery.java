package jp.mamori.connector.inbox;

import java.time.Instant;

/**
 * A stored delivery handed to its platform's {@link DeliveryHandler}; {@code attempt} counts from 1.
 * {@code prepared} is what the adapter made of the body when it accepted the delivery in this very process
 * (see {@link IncomingDelivery}), or null: a handler uses it when it is there and of its own kind, and
 * makes it from the body otherwise.
 */
public record Delivery(
        String id,
        String platform,
        String shop,
        String resourceId,
        String event,
        String body,
        Instant receivedAt,
        int attempt,
        Object prepared) {

    public Delivery(String id, String platform, String shop, String resourceId, String event, String body,
                    Instant receivedAt, int attempt) {
        this(id, platform, shop, resourceId, event, body, receivedAt, attempt, null);
    }

    /** Without the body and what was made of it: a buyer's data must not reach a log through a delivery. */
    @Override
    public String toString() {
        return "Delivery[id=" + id + ", platform=" + platform + ", shop=" + shop + ", resourceId=" + resourceId
                + ", event=" + event + ", receivedAt=" + receivedAt + ", attempt=" + attempt + "]";
    }
}
