package jp.mamori.engine.internal;

import java.util.Set;

import jp.mamori.connector.Decision;
import jp.mamori.connector.Payment;
import jp.mamori.connector.Recommendation;

/**
 * Whether to ask the PSP for a 3-D Secure challenge: worth it when the order is doubtful (REVIEW)
 * and the cardholder has not already been authenticated, since a passed challenge moves liability
 * for fraud to the issuer.
 */
public final class ThreeDsAdvice {

    private static final Set<String> AUTHENTICATED = Set.of("Y", "A");

    private ThreeDsAdvice() {
    }

    public static Recommendation recommend(Decision decision, Payment payment) {
        if (decision != Decision.REVIEW || payment == null || payment.card() == null) {
            return Recommendation.NONE;
        }
        // Set.of(...).contains(null) throws: a 3-D Secure result may come without trans_status (only an ECI).
        boolean authenticated = payment.threeDs() != null && payment.threeDs().transStatus() != null
                && AUTHENTICATED.contains(payment.threeDs().transStatus());
        return authenticated ? Recommendation.NONE : Recommendation.CHALLENGE;
    }
}
