package jp.mamori.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jp.mamori.connector.Decision;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.InvalidPolicy;
import jp.mamori.engine.Policy;
import jp.mamori.engine.PolicyFormat;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.checks.AffiliateSettings;
import jp.mamori.engine.checks.CardTestingSettings;
import jp.mamori.engine.checks.CheckSettings;
import jp.mamori.engine.checks.DistinctRule;
import jp.mamori.engine.checks.VelocityRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyReaderTest {

    /** A valid policy a shop might run; each error case below breaks one part of it. */
    private static final String SHOP_POLICY = """
            {
              "version": "tokyo-tea-2026-12-01",
              "thresholds": { "review": 35, "ng": 70 },
              "weights": {
                %s"EMAIL_INVALID_SYNTAX": 30,
                "EMAIL_DISPOSABLE_DOMAIN": 50,
                "VELOCITY_EMAIL_1H": 35,
                "VELOCITY_EMAIL_24H": 20
              },
              "hard_rules": { "NEGATIVE_LIST_MATCH": "REVIEW" },
              "checks": {
                "free_mail_high_amount_yen": 50000,
                "furigana_min_confidence": 0.9,
                "domestic_timezones": ["Asia/Tokyo"],
                "domestic_languages": ["ja", "ryu"]
              },
              "velocity": [
                { "reason": "VELOCITY_EMAIL_1H", "identity": "email", "window": "PT1H", "limit": 2 },
                { "reason": "VELOCITY_EMAIL_24H", "identity": "email", "window": "P1D", "limit": 4 }
              ],
              "distinct": [
                { "reason": "CARD_TESTING_DISTINCT_CARDS_DEVICE", "identity": "device", "distinct": "card", "window": "PT30M", "limit": 2 }
              ]
            }
            """.formatted(otherWeights());

    /** Weight 10 for every reason the policy above does not name, each on its own line. */
    private static String otherWeights() {
        Set<ReasonCode> named = EnumSet.of(ReasonCode.EMAIL_INVALID_SYNTAX, ReasonCode.EMAIL_DISPOSABLE_DOMAIN,
                ReasonCode.VELOCITY_EMAIL_1H, ReasonCode.VELOCITY_EMAIL_24H);
        StringBuilder weights = new StringBuilder();
        for (ReasonCode code : ReasonCode.values()) {
            if (!named.contains(code)) {
                weights.append('"').append(code).append("\": 10,\n    ");
            }
        }
        return weights.toString();
    }

    @Test
    void readsEveryPartOfAPolicy() {
        Policy policy = read(SHOP_POLICY);

        assertThat(policy.version()).isEqualTo("tokyo-tea-2026-12-01");
        assertThat(policy.reviewThreshold()).isEqualTo(35);
        assertThat(policy.ngThreshold()).isEqualTo(70);
        assertThat(policy.weight(ReasonCode.EMAIL_INVALID_SYNTAX)).isEqualTo(30);
        assertThat(policy.weight(ReasonCode.EMAIL_DISPOSABLE_DOMAIN)).isEqualTo(50);
        assertThat(policy.weight(ReasonCode.VELOCITY_EMAIL_1H)).isEqualTo(35);
        assertThat(policy.weight(ReasonCode.VELOCITY_EMAIL_24H)).isEqualTo(20);
        assertThat(policy.velocityRules()).containsExactly(
                new VelocityRule(ReasonCode.VELOCITY_EMAIL_1H, IdentityKind.EMAIL, Duration.ofHours(1), 2),
                new VelocityRule(ReasonCode.VELOCITY_EMAIL_24H, IdentityKind.EMAIL, Duration.ofDays(1), 4));
        assertThat(policy.distinctRules()).containsExactly(new DistinctRule(ReasonCode.CARD_TESTING_DISTINCT_CARDS_DEVICE,
                IdentityKind.DEVICE, IdentityKind.CARD, Duration.ofMinutes(30), 2));
        assertThat(policy.hardRules()).containsExactly(Map.entry(ReasonCode.NEGATIVE_LIST_MATCH, Decision.REVIEW));
        assertThat(policy.checks()).isEqualTo(new CheckSettings(50_000, 0.9, Set.of("Asia/Tokyo"), Set.of("ja", "ryu")));
    }

    @Test
    void aStoredPolicyWrittenBeforeAReasonExistedWeighsItAsTheShippedPolicyDoes() {
        Policy policy = read(SHOP_POLICY.replace(",\n    \"VELOCITY_EMAIL_24H\": 20", ""));

        assertThat(policy.weight(ReasonCode.VELOCITY_EMAIL_24H)).isEqualTo(Policy.defaultPolicy().weight(ReasonCode.VELOCITY_EMAIL_24H));
        assertThat(policy.weight(ReasonCode.VELOCITY_EMAIL_1H)).isEqualTo(35);
    }

    @Test
    void aPolicyWithoutHardRulesDecidesByScoreAlone() {
        Policy policy = read(SHOP_POLICY.replace("\"hard_rules\": { \"NEGATIVE_LIST_MATCH\": \"REVIEW\" },", ""));

        assertThat(policy.hardRules()).isEmpty();
    }

    @Test
    void aPolicyWithoutDistinctRulesCountsNoDistinctIdentities() {
        Policy policy = read(SHOP_POLICY.replaceAll("(?s),\\s*\"distinct\": \\[.*?]", ""));

        assertThat(policy.distinctRules()).isEmpty();
    }

    @Test
    void settingsLeftOutOfTheChecksSectionKeepTheirDefaults() {
        Policy policy = read(SHOP_POLICY.replaceAll("(?s)\"free_mail_high_amount_yen\".*\"domestic_timezones\": \\[\"Asia/Tokyo\"],", ""));

        assertThat(policy.checks()).isEqualTo(new CheckSettings(100_000, 0.8, Set.of("Asia/Tokyo", "Japan"), Set.of("ja", "ryu")));
    }

    @Test
    void readsTheCardTestingFirstPurchaseAndAffiliateSettingsKeepingDefaultsForWhatIsLeftOut() {
        Policy policy = read(SHOP_POLICY.replace("\"domestic_languages\": [\"ja\", \"ryu\"]", """
                "domestic_languages": ["ja", "ryu"],
                    "first_purchase_lookback": "P180D",
                    "card_testing": { "window": "PT30M", "sequential_last4_gap": 50, "small_amount_yen": 500, "bin_decline_limit": 20 },
                    "affiliate": { "new_buyers_per_device_limit": 2 }"""));

        assertThat(policy.checks().firstPurchaseLookback()).isEqualTo(Duration.ofDays(180));
        assertThat(policy.checks().cardTesting()).isEqualTo(new CardTestingSettings(Duration.ofMinutes(30), 50, 2, 500, 2,
                Duration.ofHours(1), 3, 20));
        assertThat(policy.checks().affiliates()).isEqualTo(new AffiliateSettings(Duration.ofDays(7), 2, 1));
    }

    @Test
    void readsTheShopsOwnPayLaterMethodsInPlaceOfTheDefaultOnes() {
        Policy policy = read(withChecks("\"pay_later_methods\": [\" COD \", \"代金引換\", \"後払い決済\"]"));

        assertThat(policy.checks().payLaterMethods()).containsExactlyInAnyOrder("cod", "代金引換", "後払い決済");
        assertThat(policy.checks().isPayLater("Cod")).isTrue();
        assertThat(policy.checks().isPayLater("paidy")).isFalse();
        assertThat(read(SHOP_POLICY).checks().payLaterMethods()).isEqualTo(CheckSettings.DEFAULT.payLaterMethods())
                .contains("cod", "代金引換", "np後払い");
    }

    @Test
    void theShippedPolicySpellsOutEveryDefaultSetting() {
        assertThat(Policy.defaultPolicy().checks()).isEqualTo(CheckSettings.DEFAULT);
    }

    @Test
    void velocityKeepsEventsForTheLongestWindowThatCountsThem() {
        // The affiliate window, a week, is the default policy's longest.
        assertThat(Policy.defaultPolicy().velocityRetention()).isEqualTo(Duration.ofDays(7));
        Policy longBurst = read(SHOP_POLICY.replace("\"domestic_languages\": [\"ja\", \"ryu\"]",
                "\"domestic_languages\": [\"ja\"], \"affiliate\": { \"burst_window\": \"P3D\" }"));

        assertThat(longBurst.velocityRetention()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void aPolicyWithoutChecksSectionUsesTheDefaultSettings() {
        Policy policy = read(SHOP_POLICY.replaceAll("(?s),\\s*\"checks\": \\{.*?}", ""));

        assertThat(policy.checks()).isEqualTo(CheckSettings.DEFAULT);
    }

    @Test
    void aPolicyWithoutVelocityRulesChecksNoVelocity() {
        Policy policy = read(SHOP_POLICY.replaceAll("(?s),\\s*\"velocity\": \\[.*]", ""));

        assertThat(policy.velocityRules()).isEmpty();
    }

    /** The shop policy with one more top-level field. */
    private static String withTopLevel(String field) {
        return SHOP_POLICY.replace("\"version\":", field + ",\n  \"version\":");
    }

    @Test
    void readsTheFieldsAMerchantPolicyNarrowsScreeningWith() {
        Policy policy = read(withTopLevel("""
                "disabled_reasons": ["EMAIL_ALIAS", "PHONE_IP_NEW_CUSTOMER"],
                  "allow_list": {"customer_ids": ["C-100231", " C-100518 "]},
                  "payment_methods": ["card", "Konbini"]"""));

        assertThat(policy.disabledReasons()).containsExactlyInAnyOrder(ReasonCode.EMAIL_ALIAS, ReasonCode.PHONE_IP_NEW_CUSTOMER);
        assertThat(policy.gives(ReasonCode.EMAIL_ALIAS)).isFalse();
        assertThat(policy.gives(ReasonCode.EMAIL_DISPOSABLE_DOMAIN)).isTrue();
        assertThat(policy.allowListedCustomers()).containsExactlyInAnyOrder("C-100231", "C-100518");
        assertThat(policy.screenedPaymentMethods()).containsExactlyInAnyOrder("card", "konbini");
    }

    @Test
    void aPolicyWithoutThoseFieldsGivesEveryReasonTrustsNobodyAndScreensEveryMethod() {
        Policy policy = read(SHOP_POLICY);

        assertThat(policy.disabledReasons()).isEmpty();
        assertThat(policy.allowListedCustomers()).isEmpty();
        assertThat(policy.screenedPaymentMethods()).isEmpty();
    }

    /** The shop policy with one more setting in its checks section. */
    private static String withChecks(String setting) {
        return SHOP_POLICY.replace("\"domestic_languages\": [\"ja\", \"ryu\"]", "\"domestic_languages\": [\"ja\", \"ryu\"], " + setting);
    }

    static Stream<Arguments> brokenPolicies() {
        return Stream.of(
                broken("missing version",
                        SHOP_POLICY.replace("\"version\": \"tokyo-tea-2026-12-01\",", ""), "version"),
                broken("blank version",
                        SHOP_POLICY.replace("\"tokyo-tea-2026-12-01\"", "\"  \""), "version"),
                broken("version not a string",
                        SHOP_POLICY.replace("\"tokyo-tea-2026-12-01\"", "{ \"major\": 1 }"), "version"),
                broken("missing weights",
                        SHOP_POLICY.replaceAll("(?s)\"weights\": \\{.*?},", ""), "weights"),
                broken("unknown reason code in weights",
                        SHOP_POLICY.replace("\"EMAIL_INVALID_SYNTAX\": 30", "\"EMAIL_TYPO_DOMAIN\": 30"), "weights.EMAIL_TYPO_DOMAIN"),
                broken("weight not a whole number",
                        SHOP_POLICY.replace("\"EMAIL_DISPOSABLE_DOMAIN\": 50", "\"EMAIL_DISPOSABLE_DOMAIN\": 50.5"), "weights.EMAIL_DISPOSABLE_DOMAIN"),
                broken("weight as text",
                        SHOP_POLICY.replace("\"EMAIL_DISPOSABLE_DOMAIN\": 50", "\"EMAIL_DISPOSABLE_DOMAIN\": \"50\""), "weights.EMAIL_DISPOSABLE_DOMAIN"),
                broken("missing thresholds",
                        SHOP_POLICY.replace("\"thresholds\": { \"review\": 35, \"ng\": 70 },", ""), "thresholds"),
                broken("missing review threshold",
                        SHOP_POLICY.replace("\"review\": 35, ", ""), "thresholds.review"),
                broken("missing ng threshold",
                        SHOP_POLICY.replace(", \"ng\": 70", ""), "thresholds.ng"),
                broken("review threshold not a whole number",
                        SHOP_POLICY.replace("\"review\": 35", "\"review\": \"35\""), "thresholds.review"),
                broken("review above ng",
                        SHOP_POLICY.replace("\"review\": 35", "\"review\": 75"), "thresholds"),
                broken("ng above 100",
                        SHOP_POLICY.replace("\"ng\": 70", "\"ng\": 120"), "thresholds"),
                broken("velocity not a list",
                        SHOP_POLICY.replaceAll("(?s)\"velocity\": \\[(.*)]", "\"velocity\": { \"rule\": 1 }"), "velocity"),
                broken("window not an ISO-8601 duration",
                        SHOP_POLICY.replace("\"PT1H\"", "\"1h\""), "velocity[0].window"),
                broken("window of zero",
                        SHOP_POLICY.replace("\"P1D\"", "\"PT0S\""), "velocity[1].window"),
                broken("negative window",
                        SHOP_POLICY.replace("\"PT1H\"", "\"-PT1H\""), "velocity[0].window"),
                broken("window as a number",
                        SHOP_POLICY.replace("\"PT1H\"", "3600"), "velocity[0].window"),
                broken("unknown reason code in a velocity rule",
                        SHOP_POLICY.replace("\"reason\": \"VELOCITY_EMAIL_1H\"", "\"reason\": \"VELOCITY_EMAIL_5M\""), "velocity[0].reason"),
                broken("unknown identity kind",
                        SHOP_POLICY.replace("\"identity\": \"email\", \"window\": \"P1D\"", "\"identity\": \"telephone\", \"window\": \"P1D\""), "velocity[1].identity"),
                broken("missing limit",
                        SHOP_POLICY.replace(", \"limit\": 4", ""), "velocity[1].limit"),
                broken("missing window",
                        SHOP_POLICY.replace("\"window\": \"PT1H\", ", ""), "velocity[0].window"),
                broken("limit as text",
                        SHOP_POLICY.replace("\"limit\": 2", "\"limit\": \"2\""), "velocity[0].limit"),
                broken("distinct not a list",
                        SHOP_POLICY.replaceAll("(?s)\"distinct\": \\[.*?]", "\"distinct\": {}"), "distinct"),
                broken("unknown kind counted distinct",
                        SHOP_POLICY.replace("\"distinct\": \"card\"", "\"distinct\": \"cards\""), "distinct[0].distinct"),
                broken("distinct rule without window",
                        SHOP_POLICY.replace("\"window\": \"PT30M\", ", ""), "distinct[0].window"),
                broken("distinct limit as text",
                        SHOP_POLICY.replace("\"limit\": 2 }\n  ]", "\"limit\": \"2\" }\n  ]"), "distinct[0].limit"),
                broken("card testing settings not an object",
                        withChecks("\"card_testing\": 3"), "checks.card_testing"),
                broken("a misspelt card testing setting",
                        withChecks("\"card_testing\": { \"sequential_gap\": 50 }"), "checks.card_testing.sequential_gap"),
                broken("card testing window not a duration",
                        withChecks("\"card_testing\": { \"window\": \"1 hour\" }"), "checks.card_testing.window"),
                broken("sequential gap beyond four digits",
                        withChecks("\"card_testing\": { \"sequential_last4_gap\": 10000 }"), "checks.card_testing.sequential_last4_gap"),
                broken("decline limit of zero",
                        withChecks("\"card_testing\": { \"decline_limit\": 0 }"), "checks.card_testing.decline_limit"),
                broken("small amount as text",
                        withChecks("\"card_testing\": { \"small_amount_yen\": \"1000\" }"), "checks.card_testing.small_amount_yen"),
                broken("affiliate device limit of zero",
                        withChecks("\"affiliate\": { \"new_buyers_per_device_limit\": 0 }"), "checks.affiliate.new_buyers_per_device_limit"),
                broken("a misspelt affiliate setting",
                        withChecks("\"affiliate\": { \"window\": \"PT1H\" }"), "checks.affiliate.window"),
                broken("a misspelt check setting",
                        withChecks("\"pay_later_method\": [\"cod\"]"), "checks.pay_later_method"),
                broken("pay-later methods not a list",
                        withChecks("\"pay_later_methods\": \"cod\""), "checks.pay_later_methods"),
                broken("an empty list of pay-later methods",
                        withChecks("\"pay_later_methods\": []"), "checks.pay_later_methods"),
                broken("a pay-later method that is not a string",
                        withChecks("\"pay_later_methods\": [\"cod\", 7]"), "checks.pay_later_methods[1]"),
                broken("a blank pay-later method",
                        withChecks("\"pay_later_methods\": [\" \", \"cod\"]"), "checks.pay_later_methods[0]"),
                broken("first purchase lookback not a duration",
                        withChecks("\"first_purchase_lookback\": 365"), "checks.first_purchase_lookback"),
                broken("hard rules not an object",
                        SHOP_POLICY.replace("{ \"NEGATIVE_LIST_MATCH\": \"REVIEW\" }", "[\"NEGATIVE_LIST_MATCH\"]"), "hard_rules"),
                broken("hard rule for an unknown reason",
                        SHOP_POLICY.replace("{ \"NEGATIVE_LIST_MATCH\": \"REVIEW\" }", "{ \"BLACKLIST\": \"NG\" }"), "hard_rules.BLACKLIST"),
                broken("hard rule asking for OK",
                        SHOP_POLICY.replace("\"NEGATIVE_LIST_MATCH\": \"REVIEW\"", "\"NEGATIVE_LIST_MATCH\": \"OK\""), "hard_rules.NEGATIVE_LIST_MATCH"),
                broken("hard rule in lower case",
                        SHOP_POLICY.replace("\"NEGATIVE_LIST_MATCH\": \"REVIEW\"", "\"NEGATIVE_LIST_MATCH\": \"ng\""), "hard_rules.NEGATIVE_LIST_MATCH"),
                broken("checks not an object",
                        SHOP_POLICY.replaceAll("(?s)\"checks\": \\{.*?}", "\"checks\": [1]"), "checks"),
                broken("high amount as text",
                        SHOP_POLICY.replace("\"free_mail_high_amount_yen\": 50000", "\"free_mail_high_amount_yen\": \"50000\""),
                        "checks.free_mail_high_amount_yen"),
                broken("high amount of zero",
                        SHOP_POLICY.replace("\"free_mail_high_amount_yen\": 50000", "\"free_mail_high_amount_yen\": 0"),
                        "checks.free_mail_high_amount_yen"),
                broken("furigana confidence above 1",
                        SHOP_POLICY.replace("0.9", "1.5"), "checks.furigana_min_confidence"),
                broken("furigana confidence as text",
                        SHOP_POLICY.replace("0.9", "\"high\""), "checks.furigana_min_confidence"),
                broken("time zones not a list",
                        SHOP_POLICY.replace("[\"Asia/Tokyo\"]", "\"Asia/Tokyo\""), "checks.domestic_timezones"),
                broken("empty list of languages",
                        SHOP_POLICY.replace("[\"ja\", \"ryu\"]", "[]"), "checks.domestic_languages"),
                broken("a language that is not a string",
                        SHOP_POLICY.replace("[\"ja\", \"ryu\"]", "[\"ja\", 7]"), "checks.domestic_languages[1]"),
                broken("a misspelt top-level field",
                        SHOP_POLICY.replace("\"thresholds\":", "\"threshold\": {}, \"thresholds\":"), "threshold"),
                broken("weights not an object",
                        SHOP_POLICY.replaceAll("(?s)\"weights\": \\{.*?},", "\"weights\": [30],"), "weights"),
                broken("disabled reasons not a list",
                        withTopLevel("\"disabled_reasons\": \"EMAIL_ALIAS\""), "disabled_reasons"),
                broken("an unknown disabled reason",
                        withTopLevel("\"disabled_reasons\": [\"EMAIL_ALIAS\", \"EMAIL_ALIASES\"]"), "disabled_reasons[1]"),
                broken("allow list as a list",
                        withTopLevel("\"allow_list\": [\"C-1\"]"), "allow_list"),
                broken("a misspelt allow list",
                        withTopLevel("\"allow_list\": {\"customers\": [\"C-1\"]}"), "allow_list.customers"),
                broken("a blank allowed customer",
                        withTopLevel("\"allow_list\": {\"customer_ids\": [\"C-1\", \" \"]}"), "allow_list.customer_ids[1]"),
                broken("a customer id as a number",
                        withTopLevel("\"allow_list\": {\"customer_ids\": [1001]}"), "allow_list.customer_ids[0]"),
                broken("an empty list of payment methods",
                        withTopLevel("\"payment_methods\": []"), "payment_methods"));
    }

    @ParameterizedTest(name = "{0} -> names {2}")
    @MethodSource("brokenPolicies")
    void aBrokenPolicyIsRefusedNamingTheField(String what, String json, String field) {
        assertThat(json).as("the case must really change the policy").isNotEqualTo(SHOP_POLICY);

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InvalidPolicy.class)
                .hasMessageStartingWith("policy")
                .hasMessageContaining(field)
                .satisfies(e -> assertThat(((InvalidPolicy) e).field()).isEqualTo(field));
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> read("version: tokyo-tea-2026-12-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
    }

    private static Arguments broken(String what, String json, String field) {
        return Arguments.of(what, json, field);
    }

    private static Policy read(String json) {
        return Policy.read(json, PolicyFormat.JSON);
    }
}
