package jp.mamori.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Card;
import jp.mamori.connector.Decision;
import jp.mamori.connector.Payment;
import jp.mamori.connector.Recommendation;
import jp.mamori.connector.ThreeDs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreeDsAdviceTest {

    private static final Card JCB = new Card("356999", "4321", "fp_9c1e2b7d4a", "JP");

    @ParameterizedTest(name = "{0}, method {1}, card {2}, trans_status {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // decision, method,  card,  trans_status, advice
            "REVIEW,     card,    true,  -,    challenge",   // not yet authenticated
            "REVIEW,     card,    true,  N,    challenge",
            "REVIEW,     card,    true,  U,    challenge",
            "REVIEW,     card,    true,  R,    challenge",
            "REVIEW,     card,    true,  C,    challenge",
            "REVIEW,     card,    true,  Y,    none",        // authenticated: liability already with the issuer
            "REVIEW,     card,    true,  A,    none",        // attempted: likewise
            "REVIEW,     konbini, false, -,    none",        // nothing to authenticate
            "REVIEW,     card,    false, -,    none",        // card details not sent
            "OK,         card,    true,  -,    none",
            "OK,         card,    true,  N,    none",
            "NG,         card,    true,  -,    none",        // refused outright, not challenged
            "NG,         card,    true,  N,    none",
    })
    void challengesOnlyDoubtfulCardOrdersNotYetAuthenticated(Decision decision, String method, boolean card,
                                                            String transStatus, String advice) {
        ThreeDs threeDs = transStatus == null ? null : new ThreeDs(transStatus, "05");
        Payment payment = new Payment(method, card ? JCB : null, threeDs);

        assertThat(ThreeDsAdvice.recommend(decision, payment).threeDs()).isEqualTo(advice);
    }

    @Test
    void a3dsResultWithoutTransStatusIsNotAuthentication() {
        Payment payment = new Payment("card", JCB, new ThreeDs(null, "07"));

        assertThat(ThreeDsAdvice.recommend(Decision.REVIEW, payment)).isEqualTo(Recommendation.CHALLENGE);
    }

    @Test
    void anOrderWithoutPaymentDetailsGetsNoChallenge() {
        assertThat(ThreeDsAdvice.recommend(Decision.REVIEW, null)).isEqualTo(Recommendation.NONE);
    }
}
