package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.connector.Buyer;
import jp.mamori.connector.Decision;
import jp.mamori.connector.Payment;
import jp.mamori.engine.checks.CheckSettings;
import jp.mamori.engine.checks.DistinctRule;
import jp.mamori.engine.checks.VelocityRule;
import jp.mamori.engine.internal.DefaultWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PolicyTest {

    private static final Policy DEFAULT = Policy.defaultPolicy();

    @Test
    void theDefaultPolicyHasAVersionToRecordWithEveryDecision() {
        assertThat(DEFAULT.version()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, mode = EnumSource.Mode.EXCLUDE, names = {"ALLOW_LIST_CUSTOMER", "PAYMENT_METHOD_NOT_SCREENED"})
    void theDefaultPolicyWeighsEveryReasonItself(ReasonCode code) {
        // Named in the shipped JSON, not filled in: every other policy falls back on these.
        assertThat(DefaultWeights.of(code)).isEqualTo(DEFAULT.weight(code)).isBetween(1, 100);
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"ALLOW_LIST_CUSTOMER", "PAYMENT_METHOD_NOT_SCREENED"})
    void reasonsThatOnlyExplainADecisionWeighNothingByDefault(ReasonCode code) {
        assertThat(DefaultWeights.of(code)).isEqualTo(DEFAULT.weight(code)).isZero();
    }

    @Test
    void theDefaultPolicyGivesEveryReasonTrustsNobodyAndScreensEveryPaymentMethod() {
        assertThat(DEFAULT.disabledReasons()).isEmpty();
        assertThat(DEFAULT.allowListedCustomers()).isEmpty();
        assertThat(DEFAULT.screenedPaymentMethods()).isEmpty();
        assertThat(DEFAULT.screens(new Payment("cod", null, null))).isTrue();
    }

    @ParameterizedTest(name = "screening card and konbini: {0} -> {1}")
    @CsvSource(nullValues = "null", value = {"card, true", "Card, true", " KONBINI , true", "cod, false", "bank_transfer, false",
            "null, true", "'', true"})
    void aPolicyNamingPaymentMethodsScreensOnlyThoseIgnoringCase(String method, boolean screened) {
        Policy policy = new Policy("shop-cards", 40, 80, Map.of(), List.of(), List.of(), Map.of(), CheckSettings.DEFAULT,
                Set.of(), Set.of(), Set.of("card", "Konbini"));

        assertThat(policy.screens(new Payment(method, null, null))).isEqualTo(screened);
        assertThat(policy.screens(null)).isTrue();
    }

    @Test
    void aPolicyTrustsAllowListedCustomersByTheShopsOwnId() {
        Policy policy = new Policy("shop-trust", 40, 80, Map.of(), List.of(), List.of(), Map.of(), CheckSettings.DEFAULT,
                Set.of(), Set.of("C-100231"), Set.of());

        assertThat(policy.trusts(new Buyer(null, null, null, "C-100231", false))).isTrue();
        assertThat(policy.trusts(new Buyer(null, null, null, "C-100232", false))).isFalse();
        assertThat(policy.trusts(new Buyer(null, null, null, null, false))).isFalse();
        assertThat(policy.trusts(null)).isFalse();
    }

    @Test
    void hardRulesSetTheLeastDecisionWhateverTheScore() {
        assertThat(DEFAULT.hardRuleFloor(List.of(ReasonCode.EMAIL_ALIAS))).isEqualTo(Decision.OK);
        assertThat(DEFAULT.hardRuleFloor(List.of(ReasonCode.EMAIL_ALIAS, ReasonCode.NEGATIVE_LIST_MATCH))).isEqualTo(Decision.NG);
    }

    @Test
    void theDefaultPolicyAllowsThreeOrdersAnHourAndFiveADayPerEmail() {
        assertThat(DEFAULT.velocityRules()).contains(
                new VelocityRule(ReasonCode.VELOCITY_EMAIL_1H, IdentityKind.EMAIL, Duration.ofHours(1), 3),
                new VelocityRule(ReasonCode.VELOCITY_EMAIL_24H, IdentityKind.EMAIL, Duration.ofHours(24), 5));
    }

    @ParameterizedTest
    @EnumSource(value = IdentityKind.class, names = {"EMAIL", "PHONE", "ADDRESS", "CARD", "DEVICE"})
    void theDefaultPolicyLetsNoIdentityOfOnePersonOrMoreThanSixTimesAnHourOrTwelveTimesADay(IdentityKind kind) {
        // Shared IP addresses (carrier NAT, offices) are the one identity allowed more: see docs/reason-codes.md.
        assertThat(DEFAULT.velocityRules()).filteredOn(rule -> rule.identity() == kind)
                .allSatisfy(rule -> assertThat(rule.limit()).isLessThanOrEqualTo(rule.window().equals(Duration.ofHours(1)) ? 6 : 12));
    }

    @ParameterizedTest
    @EnumSource(value = IdentityKind.class, names = {"EMAIL", "PHONE", "ADDRESS", "CARD", "DEVICE", "IP"})
    void theDefaultPolicyLimitsOrdersPerHourAndPerDayForEveryIdentityAPersonOrders(IdentityKind kind) {
        assertThat(DEFAULT.velocityRules()).filteredOn(rule -> rule.identity() == kind)
                .extracting(VelocityRule::window)
                .containsExactly(Duration.ofHours(1), Duration.ofHours(24));
        assertThat(DEFAULT.velocityRules()).filteredOn(rule -> rule.identity() == kind)
                .extracting(rule -> rule.reason().name())
                .containsExactly("VELOCITY_" + kind.name() + "_1H", "VELOCITY_" + kind.name() + "_24H");
    }

    @Test
    void theDefaultPolicyCountsCardsPerDeviceAndPerIpInAnHour() {
        assertThat(DEFAULT.distinctRules()).containsExactly(
                new DistinctRule(ReasonCode.CARD_TESTING_DISTINCT_CARDS_DEVICE, IdentityKind.DEVICE, IdentityKind.CARD, Duration.ofHours(1), 3),
                new DistinctRule(ReasonCode.CARD_TESTING_DISTINCT_CARDS_IP, IdentityKind.IP, IdentityKind.CARD, Duration.ofHours(1), 5));
    }

    @Test
    void aNegativeListMatchIsNgWhateverTheScoreUnderTheDefaultPolicy() {
        assertThat(DEFAULT.decide(0, List.of(ReasonCode.NEGATIVE_LIST_MATCH))).isEqualTo(Decision.NG);
        assertThat(DEFAULT.decide(0, List.of(ReasonCode.EMAIL_ALIAS))).isEqualTo(Decision.OK);
    }

    @Test
    void aHardRuleRaisesTheDecisionButNeverLowersIt() {
        Policy softened = new Policy("shop-2026-12", 40, 80, allWeights(10), List.of(), List.of(),
                Map.of(ReasonCode.NEGATIVE_LIST_MATCH, Decision.REVIEW), CheckSettings.DEFAULT);

        assertThat(softened.decide(10, List.of(ReasonCode.NEGATIVE_LIST_MATCH))).isEqualTo(Decision.REVIEW);
        assertThat(softened.decide(90, List.of(ReasonCode.NEGATIVE_LIST_MATCH))).isEqualTo(Decision.NG);
    }

    @Test
    void aHardRuleCannotAskForOk() {
        assertThatThrownBy(() -> new Policy("shop-2026-12", 40, 80, allWeights(10), List.of(), List.of(),
                Map.of(ReasonCode.NEGATIVE_LIST_MATCH, Decision.OK), CheckSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REVIEW or NG");
    }

    @ParameterizedTest(name = "review {0}, ng {1}: score {2} -> {3}")
    @CsvSource({
            "40, 80,   0, OK",
            "40, 80,  39, OK",
            "40, 80,  40, REVIEW",
            "40, 80,  79, REVIEW",
            "40, 80,  80, NG",
            "40, 80, 100, NG",
            "50, 50,  49, OK",
            "50, 50,  50, NG",
            " 1, 100,  1, REVIEW",
            " 1, 100, 99, REVIEW",
            " 1, 100, 100, NG",
    })
    void decidesAtTheThresholds(int review, int ng, int score, Decision expected) {
        assertThat(policy(review, ng).decide(score)).isEqualTo(expected);
    }

    @Test
    void theDefaultThresholdsAreReviewFromFortyAndNgFromEighty() {
        assertThat(DEFAULT.decide(39)).isEqualTo(Decision.OK);
        assertThat(DEFAULT.decide(40)).isEqualTo(Decision.REVIEW);
        assertThat(DEFAULT.decide(79)).isEqualTo(Decision.REVIEW);
        assertThat(DEFAULT.decide(80)).isEqualTo(Decision.NG);
    }

    @ParameterizedTest(name = "review {0}, ng {1}")
    @CsvSource({"0, 80", "81, 80", "40, 101", "-5, 50"})
    void refusesThresholdsOutsideOneToHundredOrOutOfOrder(int review, int ng) {
        assertThatThrownBy(() -> policy(review, ng))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thresholds");
    }

    @Test
    void refusesAPolicyWithoutAVersion() {
        assertThatThrownBy(() -> new Policy(" ", 40, 80, allWeights(10), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
    }

    @Test
    void aReasonThePolicyDoesNotWeighGetsTheWeightOfTheShippedPolicy() {
        Map<ReasonCode, Integer> weights = allWeights(10);
        weights.remove(ReasonCode.VELOCITY_EMAIL_24H);
        weights.remove(ReasonCode.NEGATIVE_LIST_MATCH);

        Policy old = new Policy("shop-2026-12", 40, 80, weights, List.of());

        assertThat(old.weight(ReasonCode.VELOCITY_EMAIL_24H)).isEqualTo(DEFAULT.weight(ReasonCode.VELOCITY_EMAIL_24H)).isEqualTo(25);
        assertThat(old.weight(ReasonCode.NEGATIVE_LIST_MATCH)).isEqualTo(80);
        assertThat(old.weight(ReasonCode.EMAIL_ALIAS)).isEqualTo(10);
        assertThat(old.weights()).containsOnlyKeys(ReasonCode.values());
    }

    @Test
    void aPolicyWithNoWeightsAtAllWeighsLikeTheShippedPolicy() {
        Policy bare = new Policy("shop-bare", 40, 80, Map.of(), List.of());

        assertThat(bare.weights()).isEqualTo(DEFAULT.weights());
    }

    @Test
    void aWeightOfZeroIsKeptNotReplacedByTheDefault() {
        Map<ReasonCode, Integer> weights = allWeights(10);
        weights.put(ReasonCode.EMAIL_ALIAS, 0);

        assertThat(new Policy("shop-quiet", 40, 80, weights, List.of()).weight(ReasonCode.EMAIL_ALIAS)).isZero();
    }

    @Test
    void aPolicyCannotBeChangedThroughTheMapsItWasBuiltFrom() {
        Map<ReasonCode, Integer> weights = allWeights(10);
        Policy policy = new Policy("shop-2026-12", 40, 80, weights, List.of());

        weights.put(ReasonCode.EMAIL_DISPOSABLE_DOMAIN, 90);

        assertThat(policy.weight(ReasonCode.EMAIL_DISPOSABLE_DOMAIN)).isEqualTo(10);
        assertThatThrownBy(() -> policy.weights().put(ReasonCode.EMAIL_DISPOSABLE_DOMAIN, 90))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Policy policy(int review, int ng) {
        return new Policy("test-" + review + "-" + ng, review, ng, allWeights(10), List.of());
    }

    private static Map<ReasonCode, Integer> allWeights(int weight) {
        Map<ReasonCode, Integer> weights = new EnumMap<>(ReasonCode.class);
        for (ReasonCode code : ReasonCode.values()) {
            weights.put(code, weight);
        }
        return weights;
    }
}
