package jp.mamori.engine;

import static jp.mamori.engine.SampleOrders.NOON_JST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jp.mamori.connector.Buyer;
import jp.mamori.connector.Decision;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.Reason;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryVelocityStore;
import org.junit.jupiter.api.Test;

/** Each merchant screened with its own policy, the rest with the engine's. */
class ScoringEngineMerchantPolicyTest {

    private static final OrderNormalizer NORMALIZER = OrderNormalizer.bundled();
    private static final byte[] PEPPER = "mamori-test-pepper-0001".getBytes(StandardCharsets.UTF_8);
    private static final Policy DEFAULT = Policy.defaultPolicy();
    private static final String TOKYO_TEA = "shop-tokyo-tea";
    private static final String OSAKA_SWEETS = "shop-osaka-sweets";

    private final ScoringEngine engine = engine();

    /** A policy of Tokyo Tea with {@code extra} top-level fields; disposable addresses weigh NG. */
    private static Policy tokyoTea(String extra) {
        return Policy.read("""
                {
                  "version": "tokyo-tea-2026-12-01",
                  "thresholds": { "review": 40, "ng": 80 },
                  "weights": { "EMAIL_DISPOSABLE_DOMAIN": 90 },
                  "hard_rules": { "NEGATIVE_LIST_MATCH": "NG" },
                  "velocity": [ { "reason": "VELOCITY_EMAIL_1H", "identity": "email", "window": "PT1H", "limit": 3 } ]
                  %s
                }
                """.formatted(extra.isEmpty() ? "" : ", " + extra), PolicyFormat.JSON);
    }

    @Test
    void aMerchantWithAPolicyOfItsOwnIsScreenedWithItAndTheDecisionRecordsItsVersion() {
        engine.usePolicy(TOKYO_TEA, tokyoTea(""));
        ScreeningRequest disposable = SampleOrders.order().email("taroyamada@mailinator.com").build();

        Assessment tokyo = engine.assess(TOKYO_TEA, disposable);
        Assessment osaka = engine.assess(OSAKA_SWEETS, disposable);

        assertThat(tokyo.decision()).isEqualTo(Decision.NG);
        assertThat(tokyo.score()).isEqualTo(90);
        assertThat(tokyo.policyVersion()).isEqualTo("tokyo-tea-2026-12-01");
        assertThat(engine.policyFor(TOKYO_TEA).version()).isEqualTo("tokyo-tea-2026-12-01");
        assertThat(osaka.decision()).isEqualTo(Decision.REVIEW);
        assertThat(osaka.policyVersion()).isEqualTo(DEFAULT.version());
        assertThat(engine.policyFor(OSAKA_SWEETS)).isSameAs(DEFAULT);
    }

    @Test
    void aDisabledReasonIsNeitherGivenNorScored() {
        engine.usePolicy(TOKYO_TEA, tokyoTea("\"disabled_reasons\": [\"EMAIL_DISPOSABLE_DOMAIN\"]"));

        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order().email("taroyamada@mailinator.com").build());

        assertThat(assessment.decision()).isEqualTo(Decision.OK);
        assertThat(assessment.score()).isZero();
        assertThat(assessment.reasons()).isEmpty();
    }

    @Test
    void anAllowListedCustomerIsOkWhateverTheScoreWithTheReasonsShown() {
        engine.usePolicy(TOKYO_TEA, tokyoTea("\"allow_list\": { \"customer_ids\": [\"C-100231\"] }"));
        // 太郎 is customer C-100231 of the sample orders.
        ScreeningRequest order = SampleOrders.order().email("taroyamada@mailinator.com").build();

        Assessment assessment = engine.assess(TOKYO_TEA, order);

        assertThat(assessment.decision()).isEqualTo(Decision.OK);
        assertThat(assessment.score()).isEqualTo(90);
        assertThat(assessment.reasons()).extracting(Reason::code).containsExactly("EMAIL_DISPOSABLE_DOMAIN", "ALLOW_LIST_CUSTOMER");
        assertThat(assessment.reasons().get(1).weight()).isZero();
        assertThat(assessment.reasons().get(1).message()).contains("C-100231");
        assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().buyer(SampleOrders.HANAKO).email("hanako@mailinator.com").build())
                .decision()).as("another customer").isEqualTo(Decision.NG);
    }

    @Test
    void anAllowListedCustomerOnTheNegativeListIsStillHeldByTheHardRule() {
        engine.usePolicy(TOKYO_TEA, tokyoTea("\"allow_list\": { \"customer_ids\": [\"C-100231\"] }"));
        ScreeningRequest order = SampleOrders.order().build();
        IdentityKey email = new IdentityKeyer(PEPPER).key(IdentityKind.EMAIL, "taroyamada@gmail.com");
        engine.negativeList().register(email, OSAKA_SWEETS, "chargeback", NOON_JST.minus(Duration.ofDays(1)), null);

        assertThat(engine.assess(TOKYO_TEA, order).decision()).isEqualTo(Decision.NG);
    }

    @Test
    void anOrderPaidByAMethodThePolicyDoesNotScreenIsOkAndStillCountsForVelocity() {
        engine.usePolicy(TOKYO_TEA, tokyoTea("\"payment_methods\": [\"card\"]"));
        for (int n = 1; n <= 3; n++) {
            ScreeningRequest konbini = SampleOrders.order().orderId("K-" + n).orderedAt(NOON_JST.plusSeconds(60L * n))
                    .email("taroyamada@mailinator.com").payment(SampleOrders.konbini()).build();
            Assessment unscreened = engine.assess(TOKYO_TEA, konbini);

            assertThat(unscreened.decision()).isEqualTo(Decision.OK);
            assertThat(unscreened.score()).isZero();
            assertThat(unscreened.reasons()).singleElement().satisfies(reason -> {
                assertThat(reason.code()).isEqualTo("PAYMENT_METHOD_NOT_SCREENED");
                assertThat(reason.message()).isEqualTo("Not screened: the order is paid by konbini, and the shop's policy screens only card.");
            });
            engine.record(unscreened);
        }

        Assessment byCard = engine.assess(TOKYO_TEA, SampleOrders.order().orderId("C-4").orderedAt(NOON_JST.plusSeconds(300))
                .email("taroyamada@mailinator.com").build());

        assertThat(byCard.reasons()).extracting(Reason::code).contains("VELOCITY_EMAIL_1H");
    }

    @Test
    void aPolicyLookingFurtherBackThanTheEngineKeepsStateIsRefusedNamingTheField() {
        Policy monthly = Policy.read("""
                {"version": "monthly", "thresholds": {"review": 40, "ng": 80}, "weights": {},
                 "velocity": [{"reason": "VELOCITY_EMAIL_24H", "identity": "email", "window": "P30D", "limit": 9}]}
                """, PolicyFormat.JSON);

        assertThatThrownBy(() -> engine.usePolicy(TOKYO_TEA, monthly))
                .isInstanceOfSatisfying(InvalidPolicy.class, mistake -> {
                    assertThat(mistake.field()).isEqualTo("velocity[0].window");
                    assertThat(mistake.problem()).isEqualTo("must be at most PT168H: this instance keeps velocity events that long");
                });
        assertThat(engine.policyFor(TOKYO_TEA)).isSameAs(DEFAULT);
    }

    @Test
    void readingAPolicyForTheEnginePlacesAWindowItCannotKeepOnItsLine() {
        String yaml = """
                version: trial-watch
                thresholds: {review: 40, ng: 80}
                weights: {}
                checks:
                  first_purchase_lookback: P400D
                """;

        assertThatThrownBy(() -> engine.readPolicy(yaml, PolicyFormat.YAML))
                .isInstanceOfSatisfying(InvalidPolicy.class, mistake -> {
                    assertThat(mistake.line()).isEqualTo(5);
                    assertThat(mistake.field()).isEqualTo("checks.first_purchase_lookback");
                });
        assertThat(engine.readPolicy(yaml.replace("P400D", "P180D"), PolicyFormat.YAML).version()).isEqualTo("trial-watch");
    }

    @Test
    void theSameRequestWithTheSamePolicyAndTheSameStateGetsTheSameAssessment() {
        Policy policy = tokyoTea("\"disabled_reasons\": [\"EMAIL_ALIAS\"]");
        ScoringEngine first = engine();
        ScoringEngine second = engine();
        first.usePolicy(TOKYO_TEA, policy);
        second.usePolicy(TOKYO_TEA, policy);
        for (ScoringEngine each : List.of(first, second)) {
            for (int n = 1; n <= 3; n++) {
                each.record(each.assess(TOKYO_TEA, order(n, NOON_JST.plusSeconds(60L * n))));
            }
        }
        ScreeningRequest fourth = order(4, NOON_JST.plusSeconds(240));

        Assessment once = first.assess(TOKYO_TEA, fourth);

        assertThat(once.reasons()).extracting(Reason::code).contains("VELOCITY_EMAIL_1H", "EMAIL_DISPOSABLE_DOMAIN");
        assertThat(first.assess(TOKYO_TEA, fourth)).as("asked again").isEqualTo(once);
        assertThat(second.assess(TOKYO_TEA, fourth)).as("another engine with the same state").isEqualTo(once);
    }

    @Test
    void aMerchantPolicyCountsManyNamesAtOneAddressWhichTheDefaultDoesNot() {
        engine.usePolicy(TOKYO_TEA, tokyoTea("""
                "distinct": [ { "reason": "ADDRESS_MANY_NAMES", "identity": "address", "distinct": "name_address",
                                "window": "PT24H", "limit": 3 } ]"""));
        PersonName[] names = {SampleOrders.YAMADA_TARO, SampleOrders.SATO_HANAKO, SampleOrders.SUZUKI_ICHIRO,
            new PersonName("高橋", "健", "タカハシ", "ケン")};
        Assessment fourth = null;
        for (int n = 0; n < names.length; n++) {
            for (String merchant : List.of(TOKYO_TEA, OSAKA_SWEETS)) {
                ScreeningRequest order = SampleOrders.order().orderId("N-" + n).orderedAt(NOON_JST.plusSeconds(600L * n))
                        .buyer(new Buyer(names[n], "buyer" + n + "@gmail.com", "090-3817-20" + (10 + n), null, false))
                        .build();
                Assessment assessment = engine.assess(merchant, order);
                engine.record(assessment);
                if (merchant.equals(TOKYO_TEA)) {
                    fourth = assessment;
                }
                if (n < 3 || merchant.equals(OSAKA_SWEETS)) {
                    assertThat(assessment.reasons()).extracting(Reason::code).as(merchant + " order " + n).doesNotContain("ADDRESS_MANY_NAMES");
                }
            }
        }

        assertThat(fourth.reasons()).extracting(Reason::code, Reason::weight).contains(tuple("ADDRESS_MANY_NAMES", 25));
        assertThat(fourth.reasons()).filteredOn(reason -> reason.code().equals("ADDRESS_MANY_NAMES"))
                .extracting(Reason::message).containsExactly(
                        "4 different names ordered to this address recently (limit 3): one address collecting orders under many identities.");
    }

    private static ScreeningRequest order(int n, Instant at) {
        return SampleOrders.order().orderId("ORD-" + n).orderedAt(at).email("taro.yamada+shop" + n + "@mailinator.com").build();
    }

    private static ScoringEngine engine() {
        return new ScoringEngine(DEFAULT, NORMALIZER, new IdentityKeyer(PEPPER), new InMemoryVelocityStore(Duration.ofHours(24)),
                DisposableEmailDomains.bundled());
    }
}
