package jp.mamori.psp.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.Decision;
import jp.mamori.connector.Recommendation;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.ScreeningResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AuthorizationAnswerTest {

    private static ScreeningResult result(Decision decision, Recommendation recommendation) {
        return new ScreeningResult("scr_1", "10231", decision, 55, List.of(), recommendation, "default-1",
                Instant.parse("2026-11-26T03:00:00Z"));
    }

    @ParameterizedTest(name = "{0}, engine {1} -> {2}, 3DS {3} {4}")
    @CsvSource(nullValues = "-", value = {
            "OK,     none,      ACCEPT,    frictionless, 05",
            "REVIEW, challenge, CHALLENGE, challenge,    03",
            "REVIEW, none,      CHALLENGE, none,         -",
            "NG,     challenge, DENY,      challenge,    04",
            "NG,     none,      DENY,      none,         -",
    })
    void theDefaultPolicyMapsEachDecisionToAnActionAndA3dsAdvice(Decision decision, String engine, Action action,
                                                                 String recommendation, String indicator) {
        AuthorizationAnswer answer = AuthorizationAnswer.of("auth_1", result(decision, new Recommendation(engine)),
                ActionPolicy.DEFAULT);

        assertThat(answer.action()).isEqualTo(action);
        assertThat(answer.threeDs()).isEqualTo(new ThreeDsAdvice(recommendation, indicator));
        assertThat(answer.fallback()).isFalse();
        assertThat(answer.decision()).isEqualTo(decision);
    }

    @Test
    void aMerchantWhosePspCannotChallengeAcceptsReviewsAndMayFallBackToChallenge() {
        ActionPolicy noThreeDs = new ActionPolicy(
                Map.of(Decision.OK, Action.ACCEPT, Decision.REVIEW, Action.ACCEPT, Decision.NG, Action.DENY), Action.CHALLENGE);

        assertThat(AuthorizationAnswer.of("auth_2", result(Decision.REVIEW, Recommendation.CHALLENGE), noThreeDs).action())
                .isEqualTo(Action.ACCEPT);
        AuthorizationAnswer late = AuthorizationAnswer.fallback("auth_3", "scr_3", noThreeDs);
        assertThat(late.action()).isEqualTo(Action.CHALLENGE);
        assertThat(late.fallback()).isTrue();
        assertThat(late.decision()).isNull();
    }

    @Test
    void aPolicyMustNameAnActionForEveryDecision() {
        assertThatThrownBy(() -> new ActionPolicy(Map.of(Decision.OK, Action.ACCEPT), Action.ACCEPT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAnswerIsWrittenInTheApisSnakeCase() {
        String json = new String(new ScreeningJson(Clock.systemUTC()).write(
                AuthorizationAnswer.fallback("auth_4", "scr_4", ActionPolicy.DEFAULT)), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"authorization_id\":\"auth_4\",\"screening_id\":\"scr_4\",\"action\":\"accept\","
                + "\"decision\":null,\"score\":null,\"reasons\":[],\"three_ds\":{\"recommendation\":\"none\","
                + "\"challenge_indicator\":null},\"fallback\":true}");
    }
}
