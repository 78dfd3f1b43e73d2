package jp.mamori.connector.inbox;

import java.time.Instant;

/**
 * A stored delivery handed to its platform's {@link DeliveryHandler}; {@code attempt} counts from 1.
 */
public record Delivery(
        String id,
        String platform,
        String shop,
        String resourceId,
        String event,
        String body,
        Instant receivedAt,
        int attempt) {

    /** Without the body: a buyer's data must not reach a log through a delivery. */
    @Override
    public String toString() {
        return "Delivery[id=" + id + ", platform=" + platform + ", shop=" + shop + ", resourceId=" + resourceId
                + ", event=" + event + ", receivedAt=" + receivedAt + ", attempt=" + attempt + "]";
    }
}
