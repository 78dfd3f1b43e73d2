package jp.mamori.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import jp.mamori.engine.InvalidPolicy;
import jp.mamori.engine.Policy;
import jp.mamori.engine.PolicyFormat;
import jp.mamori.engine.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyDocumentTest {

    /** A shop's policy as its integrator would keep it in a file. */
    private static final String YAML = """
            # 東京茶舗: cards and konbini only, a stricter NG, two regulars trusted
            version: tokyo-tea-2026-12-01
            thresholds:
              review: 35
              ng: 70
            weights:
              EMAIL_DISPOSABLE_DOMAIN: 50
              EMAIL_ALIAS: 0
            hard_rules:
              NEGATIVE_LIST_MATCH: NG
            disabled_reasons:
              - PHONE_IP_NEW_CUSTOMER
            allow_list:
              customer_ids: [C-100231, C-100518]
            payment_methods: [card, konbini]
            velocity:
              - reason: VELOCITY_EMAIL_1H
                identity: email
                window: PT1H
                limit: 2
            """;

    private static final String JSON = """
            {
              "version": "tokyo-tea-2026-12-01",
              "thresholds": { "review": 35, "ng": 70 },
              "weights": { "EMAIL_DISPOSABLE_DOMAIN": 50, "EMAIL_ALIAS": 0 },
              "hard_rules": { "NEGATIVE_LIST_MATCH": "NG" },
              "disabled_reasons": ["PHONE_IP_NEW_CUSTOMER"],
              "allow_list": { "customer_ids": ["C-100231", "C-100518"] },
              "payment_methods": ["card", "konbini"],
              "velocity": [
                { "reason": "VELOCITY_EMAIL_1H", "identity": "email", "window": "PT1H", "limit": 2 }
              ]
            }
            """;

    @Test
    void aPolicyWrittenInYamlIsThePolicyWrittenInJson() {
        Policy yaml = Policy.read(YAML, PolicyFormat.YAML);

        assertThat(yaml).isEqualTo(Policy.read(JSON, PolicyFormat.JSON));
        assertThat(yaml.weight(ReasonCode.EMAIL_DISPOSABLE_DOMAIN)).isEqualTo(50);
        assertThat(yaml.allowListedCustomers()).containsExactlyInAnyOrder("C-100231", "C-100518");
    }

    static Stream<Arguments> yamlMistakes() {
        return Stream.of(
                Arguments.of("a weight in words", YAML.replace("EMAIL_ALIAS: 0", "EMAIL_ALIAS: zero"), 8, "weights.EMAIL_ALIAS",
                        "must be a whole number"),
                Arguments.of("a misspelt reason", YAML.replace("- PHONE_IP_NEW_CUSTOMER", "- PHONE_IP_NEW_CUSTOMERS"), 12,
                        "disabled_reasons[0]", "is not a reason code"),
                Arguments.of("a missing limit", YAML.replace("    limit: 2\n", ""), 17, "velocity[0].limit", "is required"),
                Arguments.of("a window in the wrong form", YAML.replace("window: PT1H", "window: 1h"), 19, "velocity[0].window",
                        "must be an ISO-8601 duration such as PT1H"),
                Arguments.of("a misspelt section", YAML.replace("allow_list:", "allowlist:"), 13, "allowlist", "is not a setting"),
                Arguments.of("thresholds out of order", YAML.replace("ng: 70", "ng: 30"), 3, "thresholds",
                        "must satisfy 1 <= review <= ng <= 100"),
                Arguments.of("pay-later methods as one word", withPayLaterMethods("cod"), 17, "checks.pay_later_methods",
                        "must be a non-empty list of strings"),
                Arguments.of("a pay-later method that is a number", withPayLaterMethods("[cod, 7]"), 17,
                        "checks.pay_later_methods[1]", "must be a string"),
                // A field left out is placed where the section that lacks it starts: here the policy itself, below its comment.
                Arguments.of("a version missing", YAML.replace("version: tokyo-tea-2026-12-01\n", ""), 2, "version", "is required"));
    }

    /** The shop's policy with a checks section, its pay-later methods written as {@code value}, on line 17. */
    private static String withPayLaterMethods(String value) {
        return YAML.replace("payment_methods: [card, konbini]\n", "payment_methods: [card, konbini]\nchecks:\n  pay_later_methods: "
                + value + "\n");
    }

    @Test
    void payLaterMethodsInYamlAreReadAsTheShopWroteThem() {
        Policy policy = Policy.read(withPayLaterMethods("[cod, 代金引換, NP後払い, 後払い決済]"), PolicyFormat.YAML);

        assertThat(policy.checks().payLaterMethods()).containsExactlyInAnyOrder("cod", "代金引換", "np後払い", "後払い決済");
    }

    @ParameterizedTest(name = "{0} -> line {2}, {3}")
    @MethodSource("yamlMistakes")
    void aMistakeNamesItsLineAndField(String what, String yaml, int line, String field, String problem) {
        assertThatThrownBy(() -> Policy.read(yaml, PolicyFormat.YAML))
                .isInstanceOfSatisfying(InvalidPolicy.class, mistake -> {
                    assertThat(mistake.line()).isEqualTo(line);
                    assertThat(mistake.field()).isEqualTo(field);
                    assertThat(mistake.problem()).isEqualTo(problem);
                    assertThat(mistake.getMessage()).isEqualTo("policy: line " + line + ": " + field + " " + problem);
                });
    }

    @ParameterizedTest(name = "{0} -> names {2}")
    @MethodSource("jp.mamori.engine.internal.PolicyReaderTest#brokenPolicies")
    void everyMistakeOfAJsonPolicyIsPlacedOnALine(String what, String json, String field) {
        assertThatThrownBy(() -> Policy.read(json, PolicyFormat.JSON))
                .isInstanceOfSatisfying(InvalidPolicy.class, mistake -> {
                    assertThat(mistake.line()).isPositive();
                    assertThat(mistake.getMessage()).startsWith("policy: line " + mistake.line() + ": ");
                });
    }

    @Test
    void aFieldWrittenTwiceIsRefusedOnTheSecond() {
        String twice = YAML.replace("  EMAIL_ALIAS: 0\n", "  EMAIL_ALIAS: 0\n  EMAIL_DISPOSABLE_DOMAIN: 10\n");

        assertThatThrownBy(() -> Policy.read(twice, PolicyFormat.YAML))
                .isInstanceOfSatisfying(InvalidPolicy.class, mistake -> {
                    assertThat(mistake.line()).isEqualTo(9);
                    assertThat(mistake.getMessage()).contains("EMAIL_DISPOSABLE_DOMAIN");
                });
    }

    @Test
    void textThatIsNotJsonIsRefusedWithTheLineOfTheSlip() {
        String slip = JSON.replace("\"EMAIL_ALIAS\": 0 }", "\"EMAIL_ALIAS\": 0, }");

        assertThatThrownBy(() -> Policy.read(slip, PolicyFormat.JSON))
                .isInstanceOfSatisfying(InvalidPolicy.class, mistake -> {
                    assertThat(mistake.line()).isEqualTo(4);
                    assertThat(mistake.field()).isEmpty();
                    assertThat(mistake.getMessage()).startsWith("policy: line 4: the text is not valid JSON");
                });
    }

    @Test
    void anEmptyTextIsRefused() {
        assertThatThrownBy(() -> Policy.read("", PolicyFormat.YAML))
                .isInstanceOf(InvalidPolicy.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aListWhereThePolicyShouldBeIsRefused() {
        assertThatThrownBy(() -> Policy.read("- version: x\n", PolicyFormat.YAML))
                .isInstanceOfSatisfying(InvalidPolicy.class, mistake -> assertThat(mistake.line()).isEqualTo(1));
    }
}
