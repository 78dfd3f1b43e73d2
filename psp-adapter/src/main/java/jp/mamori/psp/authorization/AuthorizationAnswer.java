package jp.mamori.psp.authorization;

import java.util.List;

import jp.mamori.connector.Decision;
import jp.mamori.connector.Reason;
import jp.mamori.connector.ScreeningResult;

/**
 * The answer to {@code POST /v1/authorizations}. When the screening could not answer within the deadline, {@code
 * fallback} is true, the action is the merchant's fallback, and decision, score and reasons are unknown yet (the
 * screening goes on, and {@code GET /v1/screenings/{screening_id}} shows it once done).
 */
public record AuthorizationAnswer(String authorizationId, String screeningId, Action action, Decision decision,
                                  Integer score, List<Reason> reasons, ThreeDsAdvice threeDs, boolean fallback) {

    /** The answer from a screening that came in time. */
    public static AuthorizationAnswer of(String authorizationId, ScreeningResult result, ActionPolicy policy) {
        Action action = policy.actionFor(result.decision());
        return new AuthorizationAnswer(authorizationId, result.screeningId(), action, result.decision(), result.score(),
                result.reasons(), ThreeDsAdvice.of(action, result.recommendation()), false);
    }

    /** The answer when the deadline came first. */
    public static AuthorizationAnswer fallback(String authorizationId, String screeningId, ActionPolicy policy) {
        return new AuthorizationAnswer(authorizationId, screeningId, policy.fallback(), null, null, List.of(),
                ThreeDsAdvice.NONE, true);
    }
}
