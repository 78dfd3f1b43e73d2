package jp.mamori.psp.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import jp.mamori.connector.Decision;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.ScreeningJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

class ActionPoliciesTest {

    private static final ScreeningJson JSON = new ScreeningJson(Clock.systemUTC());

    private static ActionPolicy read(String body) {
        return ActionPolicies.read((ObjectNode) JSON.readObject(body.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0} -> OK {1}, REVIEW {2}, NG {3}, fallback {4}")
    @CsvSource(delimiter = '|', value = {
            "{}                                                                      | ACCEPT | CHALLENGE | DENY      | ACCEPT",
            "{\"actions\": {\"REVIEW\": \"accept\"}}                                 | ACCEPT | ACCEPT    | DENY      | ACCEPT",
            "{\"fallback\": \"challenge\"}                                           | ACCEPT | CHALLENGE | DENY      | CHALLENGE",
            "{\"actions\": {}, \"fallback\": \"deny\"}                               | ACCEPT | CHALLENGE | DENY      | DENY",
            "{\"actions\": {\"OK\": \"challenge\", \"REVIEW\": \"deny\", \"NG\": \"challenge\"}, \"fallback\": \"challenge\"}"
                    + "| CHALLENGE | DENY | CHALLENGE | CHALLENGE",
    })
    void aDecisionOrFallbackLeftOutKeepsItsDefaultAction(String body, Action ok, Action review, Action ng, Action fallback) {
        ActionPolicy policy = read(body);

        assertThat(policy.byDecision()).isEqualTo(Map.of(Decision.OK, ok, Decision.REVIEW, review, Decision.NG, ng));
        assertThat(policy.fallback()).isEqualTo(fallback);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"fallback\": \"reject\"}                      | fallback",
            "{\"fallback\": \"ACCEPT\"}                      | fallback",
            "{\"fallback\": null}                            | fallback",
            "{\"fallback\": [\"accept\"]}                    | fallback",
            "{\"actions\": {\"review\": \"accept\"}}         | actions.review",
            "{\"actions\": {\"HOLD\": \"challenge\"}}        | actions.HOLD",
            "{\"actions\": {\"REVIEW\": 1}}                  | actions.REVIEW",
            "{\"actions\": {\"NG\": \"accept-and-review\"}}  | actions.NG",
            "{\"actions\": [\"accept\"]}                     | actions",
            "{\"actions\": null}                             | actions",
            "{\"fallbak\": \"deny\"}                         | fallbak",
    })
    void aBadFieldIsRefusedByName(String body, String field) {
        assertThatThrownBy(() -> read(body))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.INVALID_FIELD);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly(field);
                });
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String body = "{\"actions\": {\"OK\": \"allow\", \"MAYBE\": \"deny\", \"NG\": \"deny\"}, \"fallback\": \"\", "
                + "\"colour\": \"red\"}";

        assertThatThrownBy(() -> read(body))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("actions.OK", "actions.MAYBE", "fallback", "colour"));
    }

    @Test
    void aPolicyIsWrittenWithEveryDecisionInTheFormItIsReadIn() {
        ActionPolicy noThreeDs = read("{\"actions\": {\"REVIEW\": \"accept\"}, \"fallback\": \"challenge\"}");
        String written = new String(JSON.write(ActionPolicies.fields(noThreeDs)), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo("{\"actions\":{\"OK\":\"accept\",\"REVIEW\":\"accept\",\"NG\":\"deny\"},"
                + "\"fallback\":\"challenge\"}");
        assertThat(read(written)).isEqualTo(noThreeDs);
    }
}
