package jp.mamori.connector;

import java.time.Instant;
import java.util.List;

/** The answer to a {@link ScreeningRequest}. */
public record ScreeningResult(
        String screeningId,
        String orderId,
        Decision decision,
        int score,
        List<Reason> reasons,
        Recommendation recommendation,
        String policyVersion,
        Instant screenedAt) {

    public ScreeningResult {
        reasons = List.copyOf(reasons);
    }
}
