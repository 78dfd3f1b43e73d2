package jp.mamori.engine;

import static jp.mamori.engine.SampleOrders.NOON_JST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.Buyer;
import jp.mamori.connector.Decision;
import jp.mamori.connector.Payment;
import jp.mamori.connector.Reason;
import jp.mamori.connector.Recommendation;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryNegativeList;
import jp.mamori.engine.state.InMemoryVelocityStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

class ScoringEngineTest {

    private static final DisposableEmailDomains DISPOSABLE = DisposableEmailDomains.bundled();
    private static final OrderNormalizer NORMALIZER = OrderNormalizer.bundled();
    private static final byte[] PEPPER = "mamori-test-pepper-0001".getBytes(StandardCharsets.UTF_8);
    private static final Policy DEFAULT = Policy.defaultPolicy();

    private static final String TOKYO_TEA = "shop-tokyo-tea";
    private static final String OSAKA_SWEETS = "shop-osaka-sweets";
    private static final Instant T = NOON_JST;

    private static final Reason FOURTH_ORDER_IN_AN_HOUR = new Reason("VELOCITY_EMAIL_1H", 40,
            "4 orders with this email address within one hour (limit 3).",
            "同じメールアドレスで1時間以内に4件の注文があります（上限3件）。");

    private static final Reason EMAIL_ALIAS = new Reason("EMAIL_ALIAS", 5,
            "The email address uses a plus alias (name+tag@), which lets one mailbox pass as many buyers.",
            "メールアドレスに「+」付きの別名（name+tag@）が使われています。1つのメールボックスで別人を装えます。");

    private final ScoringEngine engine = engine(DEFAULT);

    static final List<Buyer> CLEAN_BUYERS = List.of(SampleOrders.TARO, SampleOrders.HANAKO, SampleOrders.ICHIRO);

    @ParameterizedTest
    @FieldSource("CLEAN_BUYERS")
    void aCleanOrderIsOkWithScoreZeroUnderThePolicyVersion(Buyer buyer) {
        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order().buyer(buyer).build());

        assertThat(assessment.decision()).isEqualTo(Decision.OK);
        assertThat(assessment.score()).isZero();
        assertThat(assessment.reasons()).isEmpty();
        assertThat(assessment.recommendation()).isEqualTo(Recommendation.NONE);
        assertThat(assessment.policyVersion()).isEqualTo(DEFAULT.version()).isNotBlank();
        assertThat(assessment.merchantId()).isEqualTo(TOKYO_TEA);
        assertThat(assessment.orderedAt()).isEqualTo(T);
    }

    @Test
    void aDisposableAddressIsHeldForReviewWithTheReasonInJapaneseAndEnglish() {
        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order().email("taroyamada@mailinator.com").build());

        assertThat(assessment.decision()).isEqualTo(Decision.REVIEW);
        assertThat(assessment.score()).isEqualTo(45);
        assertThat(assessment.reasons()).containsExactly(new Reason("EMAIL_DISPOSABLE_DOMAIN", 45,
                "The email address belongs to a disposable email service (mailinator.com).",
                "使い捨てメールアドレスのサービス（mailinator.com）のアドレスです。"));
    }

    @Test
    void anAddressThatCannotReceiveMailIsHeldForReview() {
        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order().email("taroyamada@gmail").build());

        assertThat(assessment.decision()).isEqualTo(Decision.REVIEW);
        assertThat(assessment.reasons()).extracting(Reason::code).containsExactly("EMAIL_INVALID_SYNTAX");
    }

    @Test
    void anOrderWithoutBuyerIsOkAndHasNoEmailKey() {
        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order().noBuyer().build());

        assertThat(assessment.decision()).isEqualTo(Decision.OK);
        assertThat(assessment.score()).isZero();
        assertThat(assessment.keys()).extracting(IdentityKey::kind)
                .doesNotContain(IdentityKind.EMAIL);
    }

    @Test
    void onePersonWrittenDifferentlyGetsOneKeyAndNeverTheRawAddress() {
        IdentityKey expected = new IdentityKeyer(PEPPER).key(IdentityKind.EMAIL, "taroyamada@gmail.com");

        for (String email : List.of("taroyamada@gmail.com", "Taro.Yamada+shop@GoogleMail.com", "taro.yamada@googlemail.com")) {
            assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().email(email).build()).keys())
                    .as(email)
                    .filteredOn(key -> key.kind() == IdentityKind.EMAIL)
                    .containsExactly(expected);
        }
    }

    @Test
    void theFourthOrderWithinAnHourFromOnePersonWrittenDifferentlyIsHeld() {
        List<Assessment> earlier = recordAll(TOKYO_TEA,
                order(1, "taroyamada@gmail.com", T.minus(Duration.ofMinutes(50))),
                order(2, "Taro.Yamada@gmail.com", T.minus(Duration.ofMinutes(30))),
                order(3, "taro.yamada+rakuten@googlemail.com", T.minus(Duration.ofMinutes(10))));

        Assessment fourth = engine.assess(TOKYO_TEA, order(4, "Taro.Yamada+shop@GoogleMail.com", T));

        assertThat(earlier).allSatisfy(a -> assertThat(a.reasons()).extracting(Reason::code).as("up to the limit of 3")
                .noneMatch(code -> code.startsWith("VELOCITY")));
        assertThat(fourth.decision()).isEqualTo(Decision.REVIEW);
        assertThat(fourth.score()).as("the plus alias adds its 5").isEqualTo(45);
        assertThat(fourth.reasons()).containsExactly(FOURTH_ORDER_IN_AN_HOUR, EMAIL_ALIAS);
    }

    @Test
    void aCardListedByAnotherMerchantMakesACleanOrderNgWithoutSayingWho() {
        InMemoryNegativeList shared = new InMemoryNegativeList();
        ScoringEngine tokyo = new ScoringEngine(DEFAULT, NORMALIZER, new IdentityKeyer(PEPPER),
                new InMemoryVelocityStore(Duration.ofHours(24)), DISPOSABLE, shared);
        IdentityKey card = new IdentityKeyer(PEPPER).key(IdentityKind.CARD, "fp_9c1e2b7d4a");
        shared.register(card, OSAKA_SWEETS, "chargeback CB-2026-1102", T.minus(Duration.ofDays(3)), null);

        Assessment assessment = tokyo.assess(TOKYO_TEA, SampleOrders.order().build());

        assertThat(assessment.decision()).isEqualTo(Decision.NG);
        assertThat(assessment.reasons()).containsExactly(new Reason("NEGATIVE_LIST_MATCH", 80,
                "The shared list of confirmed fraud holds this order's card.",
                "カードが、不正が確認された共有ネガティブリストに登録されています。"));
        assertThat(assessment.reasons().get(0).message() + assessment.reasons().get(0).messageJa())
                .doesNotContain(OSAKA_SWEETS, "fp_9c1e2b7d4a", "CB-2026-1102");
        assertThat(tokyo.negativeList()).isSameAs(shared);
    }

    @Test
    void theExistingConstructorStartsWithAnEmptyNegativeList() {
        assertThat(engine.negativeList().matches(engine.assess(TOKYO_TEA, SampleOrders.order().build()).keys(), T)).isEmpty();
    }

    @Test
    void reasonsComeHeaviestFirst() {
        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order()
                .email("taroyamada+sale@gmial.com").payment(SampleOrders.card("U")).build());

        assertThat(assessment.reasons()).extracting(Reason::code, Reason::weight).containsExactly(
                tuple("EMAIL_DOMAIN_TYPO", 25),
                tuple("PAYMENT_3DS_UNAVAILABLE", 10),
                tuple("EMAIL_ALIAS", 5));
        assertThat(assessment.score()).isEqualTo(40);
    }

    @Test
    void assessingAloneRemembersNothing() {
        for (int n = 1; n <= 3; n++) {
            engine.assess(TOKYO_TEA, order(n, "taroyamada@gmail.com", T.minus(Duration.ofMinutes(10L * n))));
        }

        Assessment fourth = engine.assess(TOKYO_TEA, order(4, "Taro.Yamada+shop@GoogleMail.com", T));

        assertThat(fourth.decision()).isEqualTo(Decision.OK);
        assertThat(fourth.reasons()).containsExactly(EMAIL_ALIAS);
    }

    @Test
    void ordersAtAnotherMerchantDoNotCount() {
        recordThreeOrdersOfTaro(OSAKA_SWEETS, T.minus(Duration.ofMinutes(10)));

        assertThat(engine.assess(TOKYO_TEA, order(4, "taroyamada@gmail.com", T)).reasons()).isEmpty();
        assertThat(engine.assess(OSAKA_SWEETS, order(4, "taroyamada@gmail.com", T)).reasons()).containsExactly(FOURTH_ORDER_IN_AN_HOUR);
    }

    @Test
    void ordersPlacedAnHourOrMoreBeforeDoNotCountForTheHourlyLimit() {
        recordAll(TOKYO_TEA,
                order(1, "taroyamada@gmail.com", T.minus(Duration.ofHours(2))),
                order(2, "taroyamada@gmail.com", T.minus(Duration.ofMinutes(61))),
                order(3, "taroyamada@gmail.com", T.minus(Duration.ofHours(1))));

        assertThat(engine.assess(TOKYO_TEA, order(4, "taroyamada@gmail.com", T)).reasons()).isEmpty();
    }

    @Test
    void ordersPlacedAfterThisOneDoNotCount() {
        // replaying history: the order being assessed is older than the ones already remembered
        recordThreeOrdersOfTaro(TOKYO_TEA, T.plus(Duration.ofMinutes(25)));

        assertThat(engine.assess(TOKYO_TEA, order(4, "taroyamada@gmail.com", T)).reasons()).isEmpty();
    }

    @Test
    void theSixthOrderInADayIsReportedButAloneStaysOk() {
        for (int n = 1; n <= 5; n++) {
            record(TOKYO_TEA, order(n, "hanako.sato@docomo.ne.jp", T.minus(Duration.ofHours(4L * n))));
        }

        Assessment sixth = engine.assess(TOKYO_TEA, order(6, "Hanako.Sato@docomo.ne.jp", T));

        assertThat(sixth.decision()).isEqualTo(Decision.OK);
        assertThat(sixth.score()).isEqualTo(25);
        assertThat(sixth.reasons()).containsExactly(new Reason("VELOCITY_EMAIL_24H", 25,
                "6 orders with this email address within 24 hours (limit 5).",
                "同じメールアドレスで24時間以内に6件の注文があります（上限5件）。"));
    }

    @Test
    void weightsOfSeveralReasonsAddUpToNg() {
        for (int n = 1; n <= 3; n++) {
            record(TOKYO_TEA, order(n, "taroyamada+" + n + "@mailinator.com", T.minus(Duration.ofMinutes(10L * n))));
        }

        Assessment fourth = engine.assess(TOKYO_TEA, order(4, "TaroYamada@Mailinator.com", T));

        assertThat(fourth.reasons()).extracting(Reason::code, Reason::weight)
                .containsExactly(
                        tuple("EMAIL_DISPOSABLE_DOMAIN", 45),
                        tuple("VELOCITY_EMAIL_1H", 40));
        assertThat(fourth.score()).isEqualTo(85);
        assertThat(fourth.decision()).isEqualTo(Decision.NG);
        assertThat(fourth.recommendation()).as("an NG order is refused, not challenged").isEqualTo(Recommendation.NONE);
    }

    @Test
    void theScoreNeverExceeds100() {
        Map<ReasonCode, Integer> heavy = new EnumMap<>(ReasonCode.class);
        for (ReasonCode code : ReasonCode.values()) {
            heavy.put(code, 70);
        }
        ScoringEngine strict = engine(new Policy("strict-1", 40, 80, heavy, DEFAULT.velocityRules()));
        for (int n = 1; n <= 3; n++) {
            strict.record(strict.assess(TOKYO_TEA, order(n, "taro@yopmail.com", T.minus(Duration.ofMinutes(n)))));
        }

        Assessment fourth = strict.assess(TOKYO_TEA, order(4, "taro@yopmail.com", T));

        assertThat(fourth.reasons()).extracting(Reason::weight).containsExactly(70, 70);
        assertThat(fourth.score()).isEqualTo(100);
        assertThat(fourth.decision()).isEqualTo(Decision.NG);
    }

    @Test
    void theSameOrderWithTheSamePolicyAndHistoryGetsTheSameAssessment() {
        ScoringEngine twin = engine(DEFAULT);
        for (ScoringEngine e : List.of(engine, twin)) {
            for (int n = 1; n <= 3; n++) {
                e.record(e.assess(TOKYO_TEA, order(n, "taro@yopmail.com", T.minus(Duration.ofMinutes(15L * n)))));
            }
        }
        ScreeningRequest fourth = order(4, "Taro@YOPmail.com", T);

        Assessment first = engine.assess(TOKYO_TEA, fourth);

        assertThat(first.reasons()).hasSize(2);
        assertThat(engine.assess(TOKYO_TEA, fourth)).isEqualTo(first);
        assertThat(twin.assess(TOKYO_TEA, fourth)).isEqualTo(first);
    }

    @Test
    void historyReplayedWithRememberCountsLikeRecordedScreenings() {
        List<Assessment> stored = recordAll(TOKYO_TEA,
                order(1, "ichiro_suzuki@yahoo.co.jp", T.minus(Duration.ofMinutes(45))),
                order(2, "Ichiro_Suzuki@yahoo.co.jp", T.minus(Duration.ofMinutes(20))),
                order(3, "ichiro_suzuki+gift@yahoo.co.jp", T.minus(Duration.ofMinutes(5))));
        ScoringEngine restarted = engine(DEFAULT);
        for (Assessment screening : stored) {
            restarted.remember(screening.merchantId(), screening.keys(), screening.orderedAt());
        }
        ScreeningRequest fourth = order(4, "ichiro_suzuki@yahoo.co.jp", T);

        Assessment afterReplay = restarted.assess(TOKYO_TEA, fourth);

        assertThat(afterReplay.reasons()).extracting(Reason::code).containsExactly("VELOCITY_EMAIL_1H");
        assertThat(afterReplay).isEqualTo(engine.assess(TOKYO_TEA, fourth));
    }

    @ParameterizedTest(name = "{0}, {1} -> {2}, 3-D Secure {3}")
    @CsvSource({
            "taroyamada@gmail.com,      card,    OK,     none",
            "taroyamada@mailinator.com, card,    REVIEW, challenge",
            "taroyamada@mailinator.com, card-N,  NG,     none",
            "taroyamada@mailinator.com, card-U,  REVIEW, challenge",
            "taroyamada@mailinator.com, card-Y,  REVIEW, none",
            "taroyamada@mailinator.com, card-A,  REVIEW, none",
            "taroyamada@mailinator.com, konbini, REVIEW, none",
    })
    void recommendsA3dsChallengeOnlyForDoubtfulCardOrdersNotYetAuthenticated(String email, String paidBy,
                                                                             Decision decision, String threeDs) {
        Payment payment = switch (paidBy) {
            case "card" -> SampleOrders.card();
            case "konbini" -> SampleOrders.konbini();
            default -> SampleOrders.card(paidBy.substring("card-".length()));
        };

        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order().email(email).payment(payment).build());

        assertThat(assessment.decision()).isEqualTo(decision);
        assertThat(assessment.recommendation().threeDs()).isEqualTo(threeDs);
    }

    private static ScoringEngine engine(Policy policy) {
        return new ScoringEngine(policy, NORMALIZER, new IdentityKeyer(PEPPER), new InMemoryVelocityStore(Duration.ofHours(24)), DISPOSABLE);
    }

    private static ScreeningRequest order(int n, String email, Instant orderedAt) {
        return SampleOrders.order()
                .orderId(String.format("ORD-20261125-%04d", n))
                .email(email)
                .orderedAt(orderedAt)
                .build();
    }

    private Assessment record(String merchant, ScreeningRequest request) {
        Assessment assessment = engine.assess(merchant, request);
        engine.record(assessment);
        return assessment;
    }

    private List<Assessment> recordAll(String merchant, ScreeningRequest... requests) {
        List<Assessment> assessments = new ArrayList<>();
        for (ScreeningRequest request : requests) {
            assessments.add(record(merchant, request));
        }
        return assessments;
    }

    /** Three orders of 山田 太郎, ten minutes apart, the last one at {@code latest}. */
    private void recordThreeOrdersOfTaro(String merchant, Instant latest) {
        for (int n = 1; n <= 3; n++) {
            record(merchant, order(n, "taroyamada@gmail.com", latest.minus(Duration.ofMinutes(10L * (3 - n)))));
        }
    }
}
