package jp.mamori.psp.authorization;

import jp.mamori.connector.Recommendation;

/**
 * What Mamori advises for 3-D Secure, in the words of EMV 3DS: a recommendation and the {@code
 * threeDSRequestorChallengeInd} a PSP can send as it is ({@code 03} challenge requested, {@code 04} challenge
 * mandated, {@code 05} no challenge, risk analysis already done). Null indicator: no advice.
 */
public record ThreeDsAdvice(String recommendation, String challengeIndicator) {

    static final ThreeDsAdvice FRICTIONLESS = new ThreeDsAdvice("frictionless", "05");
    static final ThreeDsAdvice REQUESTED = new ThreeDsAdvice("challenge", "03");
    static final ThreeDsAdvice MANDATED = new ThreeDsAdvice("challenge", "04");
    static final ThreeDsAdvice NONE = new ThreeDsAdvice("none", null);

    /**
     * The advice for {@code action} when the screening answered: a challenge is requested for a review and mandated
     * for a refusal (for a PSP that steps up rather than denies), unless the engine saw that the card was
     * authenticated already, when another challenge would prove nothing.
     */
    static ThreeDsAdvice of(Action action, Recommendation engine) {
        return switch (action) {
            case ACCEPT -> FRICTIONLESS;
            case CHALLENGE -> Recommendation.CHALLENGE.equals(engine) ? REQUESTED : NONE;
            case DENY -> Recommendation.CHALLENGE.equals(engine) ? MANDATED : NONE;
        };
    }
}
