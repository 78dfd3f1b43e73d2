package jp.mamori.gateway.review;

import java.time.Instant;

/** What a merchant reported about a screened order afterwards, and when it was received. */
public record Feedback(String screeningId, String sentBy, FeedbackType type, String note, Instant receivedAt) {
}
