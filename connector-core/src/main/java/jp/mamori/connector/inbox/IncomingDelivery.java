package jp.mamori.connector.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jp.mamori.connector.Sha256;

/**
 * A verified webhook delivery about to be stored. {@code contentFingerprint} is what the platform
 * adapter says makes two deliveries "the same": an identical redelivery has the same fingerprint
 * and is dropped, a genuinely changed resource has another and is kept. The body is text (JSON or
 * a form), already decoded to Unicode.
 */
public record IncomingDelivery(
        String platform,
        String shop,
        String resourceId,
        String event,
        String contentFingerprint,
        String body,
        Instant receivedAt) {

    /** The key deliveries are de-duplicated on: platform, shop, resource and content, hashed. */
    public String deduplicationKey() {
        return Sha256.hex((platform + '\n' + shop + '\n' + resourceId + '\n' + contentFingerprint)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Without the body: a buyer's data must not reach a log through a delivery. */
    @Override
    public String toString() {
        return "IncomingDelivery[platform=" + platform + ", shop=" + shop + ", resourceId=" + resourceId + ", event=" + event
                + ", receivedAt=" + receivedAt + "]";
    }
}
