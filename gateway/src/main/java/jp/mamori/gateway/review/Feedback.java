package jp.mamori.gateway.review;

import java.time.Instant;

/**
 * What was reported about a screened order afterwards, and when it was received. {@code source} says who reported it:
 * {@code merchant} through the API, or the payment provider whose event it was ({@code stripe}, {@code adyen}).
 */
public record Feedback(String screeningId, String sentBy, FeedbackType type, String source, String note, Instant receivedAt) {

    /** The source of feedback a merchant sends through the API. */
    public static final String FROM_MERCHANT = "merchant";
}
