package jp.mamori.engine;

import static jp.mamori.engine.SampleOrders.NOON_JST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.connector.Address;
import jp.mamori.connector.AffiliateIdentity;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.Buyer;
import jp.mamori.connector.Card;
import jp.mamori.connector.Decision;
import jp.mamori.connector.Device;
import jp.mamori.connector.Item;
import jp.mamori.connector.Payment;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.Reason;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryVelocityStore;
import org.junit.jupiter.api.Test;

/** How the engine feeds and reads its ledgers: orders, declines, affiliates' registrations, and rebuilding from storage. */
class ScoringEngineLedgersTest {

    private static final OrderNormalizer NORMALIZER = OrderNormalizer.bundled();
    private static final DisposableEmailDomains DISPOSABLE = DisposableEmailDomains.bundled();
    private static final IdentityKeyer KEYER = new IdentityKeyer("mamori-test-pepper-0001".getBytes(StandardCharsets.UTF_8));
    private static final Policy DEFAULT = Policy.defaultPolicy();
    private static final String TOKYO_TEA = "shop-tokyo-tea";
    private static final String OSAKA_SWEETS = "shop-osaka-sweets";
    private static final Instant T = NOON_JST;
    private static final Device TESTER = new Device("198.51.100.77", "JP", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
            "ja-JP,ja;q=0.9", "Asia/Tokyo", "ck_77aa01be3c");

    private ScoringEngine engine = fresh();

    private static ScoringEngine fresh() {
        return new ScoringEngine(DEFAULT, NORMALIZER, KEYER, new InMemoryVelocityStore(DEFAULT.velocityRetention()), DISPOSABLE);
    }

    @Test
    void declinesCountForAMerchantWithItsOwnPolicyAndOnlyWithinTheWindow() {
        engine.usePolicy(TOKYO_TEA, DEFAULT);
        for (int i = 1; i <= 4; i++) {
            engine.recordDecline(TOKYO_TEA, new Decline(T.minus(Duration.ofMinutes(10L * i)), null, null, "ck_77aa01be3c",
                    "520412", String.format("%04d", 2000 + 1111 * i), "fp_declined_" + i));
        }

        assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().device(TESTER).build()).reasons()).extracting(Reason::code)
                .contains("CARD_TESTING_DECLINES");
        assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().device(TESTER).orderedAt(T.plus(Duration.ofMinutes(50))).build())
                .reasons()).extracting(Reason::code).as("the latest decline was an hour before").doesNotContain("CARD_TESTING_DECLINES");
    }

    @Test
    void declinesReportedByThePspCountForTheNextOrderFromThatDevice() {
        for (int i = 1; i <= 4; i++) {
            engine.recordDecline(TOKYO_TEA, new Decline(T.minus(Duration.ofMinutes(10L * i)), null, null, "ck_77aa01be3c",
                    "520412", String.format("%04d", 2000 + 1111 * i), "fp_declined_" + i));
        }

        Assessment next = engine.assess(TOKYO_TEA, SampleOrders.order().device(TESTER).build());

        assertThat(next.reasons()).extracting(Reason::code)
                .contains("CARD_TESTING_DECLINES", "CARD_TESTING_DISTINCT_CARDS_DEVICE");
        assertThat(next.reasons()).filteredOn(r -> r.code().equals("CARD_TESTING_DECLINES")).extracting(Reason::message)
                .containsExactly("4 card payments were declined for this order's device within 60 minutes (limit 3): cards being tested.");
        assertThat(next.decision()).isEqualTo(Decision.NG);
    }

    @Test
    void aDeclineThatNamesNoDeviceCountsForTheDeviceOfTheScreenedPaymentItBelongsTo() {
        for (int i = 1; i <= 4; i++) {
            Instant at = T.minus(Duration.ofMinutes(10L * i));
            // An Adyen refusal names the card's BIN and last four digits only; the authorization's screening knew the device.
            List<IdentityKey> screened = engine.assess(TOKYO_TEA, SampleOrders.order().device(TESTER).orderedAt(at).build()).keys();
            Decline refused = new Decline(at, null, null, null, "520412", String.format("%04d", 2000 + 1111 * i), null);

            DeclineEvent event = engine.declineEvent(TOKYO_TEA, refused, screened);

            assertThat(event.keys()).extracting(IdentityKey::kind)
                    .contains(IdentityKind.DEVICE, IdentityKind.IP, IdentityKind.EMAIL)
                    .doesNotContain(IdentityKind.PHONE, IdentityKind.ADDRESS);
            assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().device(TESTER).build()).reasons())
                    .extracting(Reason::code).as("keyed, not yet remembered").doesNotContain("CARD_TESTING_DECLINES");
            engine.remember(event);
        }

        assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().device(TESTER).build()).reasons()).extracting(Reason::code)
                .contains("CARD_TESTING_DECLINES");
    }

    @Test
    void declinesOfOneBinAcrossTheShopCountWhoeverTriedThem() {
        for (int i = 1; i <= 11; i++) {
            engine.recordDecline(TOKYO_TEA, new Decline(T.minus(Duration.ofMinutes(3L * i)), "buyer" + i + "@example.jp",
                    "203.0.113." + i, "ck_" + i, "45474200", String.format("%04d", 1000 + 797 * i % 9000), "fp_bin_" + i));
        }

        Assessment next = engine.assess(TOKYO_TEA, SampleOrders.order()
                .payment(new Payment("card", new Card("454742", "9131", "fp_other", "JP"), null)).build());

        assertThat(next.reasons()).extracting(Reason::message)
                .contains("11 card payments were declined for this order's card BIN (first six digits) within 60 minutes (limit 10): cards being tested.");
        assertThat(engine.assess(OSAKA_SWEETS, SampleOrders.order()
                .payment(new Payment("card", new Card("454742", "9131", "fp_other", "JP"), null)).build()).reasons()).isEmpty();
    }

    @Test
    void aDeclineIsKeyedLikeAnOrderAndNeverKeepsRawValues() {
        DeclineEvent event = engine.recordDecline(TOKYO_TEA, new Decline(T, "Taro.Yamada+shop@Gmail.com", "203.0.113.24",
                "ck_5f2d9a1e7c", "356999", "4321", "fp_9c1e2b7d4a"));
        List<IdentityKey> orderKeys = engine.assess(TOKYO_TEA, SampleOrders.order().email("taroyamada@gmail.com").build()).keys();

        assertThat(event.keys()).extracting(IdentityKey::kind)
                .containsExactly(IdentityKind.EMAIL, IdentityKind.CARD, IdentityKind.DEVICE, IdentityKind.IP);
        assertThat(orderKeys).containsAll(event.keys());
        assertThat(event.toString()).doesNotContain("Yamada", "203.0.113", "ck_5f2d", "fp_9c1e");
    }

    @Test
    void anAffiliateRegisteredWithTheirOwnDetailsIsCaughtBuyingThroughTheirLink() {
        Buyer affiliate = new Buyer(new PersonName("佐藤", "健", "サトウ", "ケン"), "ken.sato.blog@gmail.com", "090-5521-8830", null, null);
        Address home = new Address("JP", "330-0846", "埼玉県", "さいたま市大宮区", "大門町2-118", "大宮パークハイツ804");
        List<IdentityKey> registered = engine.registerAffiliate(TOKYO_TEA, "a8-00123", identity(affiliate, home));

        // Under another email, shipped to the same flat.
        Buyer asBuyer = new Buyer(affiliate.name(), "k.sato.0091@icloud.com", "090-5521-8830", "C-40412", true);
        Assessment order = engine.assess(TOKYO_TEA, SampleOrders.order().buyer(asBuyer).billing(home).affiliate("a8-00123").build());

        assertThat(registered).extracting(IdentityKey::kind).doesNotContain(IdentityKind.IP);
        assertThat(order.reasons()).extracting(Reason::code).containsExactly("AFFILIATE_SELF_REFERRAL");
        assertThat(order.reasons().get(0).message()).isEqualTo("The order came through affiliate a8-00123, whose own phone number, "
                + "address, name at this address and name reading with this phone number matches this buyer's: the affiliate is buying through their own link.");
        assertThat(order.decision()).isEqualTo(Decision.REVIEW);
        // The same buyer through another affiliate, or at another shop, is nobody's self-referral.
        assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().buyer(asBuyer).billing(home).affiliate("a8-00999").build()).reasons()).isEmpty();
        assertThat(engine.assess(OSAKA_SWEETS, SampleOrders.order().buyer(asBuyer).billing(home).affiliate("a8-00123").build()).reasons()).isEmpty();
    }

    @Test
    void aRegisteredFieldThatYieldsNoKeyIsRefusedByNameAndNothingIsRegistered() {
        Address prefectureAlone = new Address("JP", null, "埼玉県", null, null, null);
        AffiliateIdentity identity = new AffiliateIdentity(new PersonName("佐藤", "健", "サトウ", "ケン"), "ken.sato.blog@gmail.com",
                "なし", prefectureAlone);

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> engine.registerAffiliate(TOKYO_TEA, "a8-00123", identity));

        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("phone", "address");
        Buyer asBuyer = new Buyer(identity.name(), "ken.sato.blog@gmail.com", null, "C-40412", true);
        assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().buyer(asBuyer).affiliate("a8-00123").build()).reasons())
                .extracting(Reason::code).doesNotContain("AFFILIATE_SELF_REFERRAL");
    }

    @Test
    void aCorrectedRegistrationReplacesTheOldOneAndADeletedOneNoLongerCounts() {
        Buyer affiliate = new Buyer(new PersonName("佐藤", "健", "サトウ", "ケン"), "ken.sato.blog@gmail.com", "090-5521-8830", null, null);
        Address oldHome = new Address("JP", "330-0846", "埼玉県", "さいたま市大宮区", "大門町2-118", "大宮パークハイツ804");
        Address newHome = new Address("JP", "150-0002", "東京都", "渋谷区", "渋谷3-12-5", "渋谷ヒルズ1201");
        Buyer fake = new Buyer(new PersonName("田中", "美咲", "タナカ", "ミサキ"), "misaki.t.0410@icloud.com", "080-7702-3318", null, true);
        engine.registerAffiliate(TOKYO_TEA, "a8-00123", identity(affiliate, oldHome));

        // The affiliate moved and the merchant registered the new address.
        engine.registerAffiliate(TOKYO_TEA, "a8-00123", identity(affiliate, newHome));

        assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().buyer(fake).billing(oldHome).affiliate("a8-00123").build())
                .reasons()).extracting(Reason::code).doesNotContain("AFFILIATE_SELF_REFERRAL");
        assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().buyer(fake).billing(newHome).affiliate("a8-00123").build())
                .reasons()).extracting(Reason::code).contains("AFFILIATE_SELF_REFERRAL");

        engine.unregisterAffiliate(TOKYO_TEA, "a8-00123");

        assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().buyer(fake).billing(newHome).affiliate("a8-00123").build())
                .reasons()).extracting(Reason::code).doesNotContain("AFFILIATE_SELF_REFERRAL");
    }

    @Test
    void deletingARegistrationKeepsWhatTheAffiliatesOwnOrdersShowed() {
        Buyer affiliate = new Buyer(SampleOrders.YAMADA_TARO, "t.yamada.blog@gmail.com", "090-3817-2046", null, null);
        engine.registerAffiliate(TOKYO_TEA, "C-100231", identity(affiliate, null));
        // 山田 太郎 orders as himself under his customer account, C-100231.
        engine.record(engine.assess(TOKYO_TEA, SampleOrders.order().orderId("OWN-1").orderedAt(T.minus(Duration.ofDays(10))).build()));

        engine.unregisterAffiliate(TOKYO_TEA, "C-100231");

        Buyer newAccount = new Buyer(SampleOrders.YAMADA_TARO, "t.yamada.2026@outlook.jp", "090-3817-2046", "C-209911", true);
        assertThat(engine.assess(TOKYO_TEA, SampleOrders.order().orderId("ORD-3").buyer(newAccount).affiliate("C-100231").build())
                .reasons()).extracting(Reason::code).contains("AFFILIATE_SELF_REFERRAL");
    }

    @Test
    void anAffiliatesOrderUnderTheirOwnAccountWithoutTheLinkMakesTheirKeysKnown() {
        engine.record(engine.assess(TOKYO_TEA, SampleOrders.order().orderId("REF-1").buyer(SampleOrders.HANAKO)
                .affiliate("C-100231").orderedAt(T.minus(Duration.ofDays(20))).build()));
        // 山田 太郎 is customer C-100231, whose referral code is his customer id: he orders as himself, no link.
        Assessment own = engine.assess(TOKYO_TEA, SampleOrders.order().orderId("OWN-1").orderedAt(T.minus(Duration.ofDays(10))).build());
        engine.record(own);

        Buyer newAccount = new Buyer(SampleOrders.YAMADA_TARO, "t.yamada.2026@outlook.jp", "090-3817-2046", "C-209911", true);
        Assessment viaLink = engine.assess(TOKYO_TEA, SampleOrders.order().orderId("ORD-3").buyer(newAccount).affiliate("C-100231").build());

        assertThat(own.facts().affiliateOwnOrder()).isEqualTo("C-100231");
        assertThat(viaLink.reasons()).extracting(Reason::code).contains("AFFILIATE_SELF_REFERRAL");
    }

    @Test
    void aRebuiltEngineGivesTheSameAssessmentsAsTheOneThatSawTheOrders() {
        List<ScreeningRequest> history = new ArrayList<>();
        Item trial = SampleOrders.TRIAL_SET;
        for (int n = 0; n < 6; n++) {
            history.add(SampleOrders.order().orderId("H-" + n)
                    .orderedAt(T.minus(Duration.ofDays(200 - 30L * n)))
                    .email("taro" + n + "@gmail.com")
                    .items(trial)
                    .affiliate(n % 2 == 0 ? "a8-00123" : null)
                    .build());
        }
        for (int n = 0; n < 3; n++) {
            history.add(SampleOrders.order().orderId("C-" + n).orderedAt(T.minus(Duration.ofMinutes(5L * (n + 1))))
                    .email("tester" + n + "@gmail.com").yen(300).device(TESTER)
                    .payment(new Payment("card", new Card("454742", String.format("%04d", 1037 + 8 * n), "fp_c" + n, "JP"), null))
                    .build());
        }
        ScoringEngine original = fresh();
        List<StoredScreening> stored = new ArrayList<>();
        for (ScreeningRequest request : history) {
            Assessment assessment = original.assess(TOKYO_TEA, request);
            original.record(assessment);
            stored.add(new StoredScreening(assessment.keys(), assessment.facts().encode(), assessment.orderedAt()));
        }
        DeclineEvent decline = original.recordDecline(TOKYO_TEA,
                new Decline(T.minus(Duration.ofMinutes(1)), null, null, "ck_77aa01be3c", "454742", "1069", "fp_d"));

        // The gateway: everything within velocity's retention in full, older screenings only for the long-term ledgers.
        ScoringEngine rebuilt = fresh();
        Instant shortFrom = T.minus(DEFAULT.velocityRetention());
        for (StoredScreening screening : stored) {
            if (screening.orderedAt().isAfter(shortFrom)) {
                rebuilt.remember(TOKYO_TEA, screening.keys(), OrderFacts.decode(screening.facts()), screening.orderedAt());
            } else {
                rebuilt.rememberLongTerm(TOKYO_TEA, screening.keys(), OrderFacts.decode(screening.facts()), screening.orderedAt());
            }
        }
        rebuilt.remember(decline);

        List<ScreeningRequest> next = List.of(
                SampleOrders.order().orderId("N-1").email("hanako@gmail.com").items(trial).affiliate("a8-00123").build(),
                SampleOrders.order().orderId("N-2").email("tester9@gmail.com").yen(300).device(TESTER)
                        .payment(new Payment("card", new Card("454742", "1077", "fp_c9", "JP"), null)).build());
        for (ScreeningRequest request : next) {
            Assessment expected = original.assess(TOKYO_TEA, request);
            assertThat(rebuilt.assess(TOKYO_TEA, request)).isEqualTo(expected);
            assertThat(expected.reasons()).isNotEmpty();
            assertThat(expected.facts().encode()).startsWith("v=1&order=N-");
        }
    }

    @Test
    void theSameOrderScreenedAgainIsNotARepeatOfItself() {
        ScreeningRequest trial = SampleOrders.order().orderId("ORD-TRIAL-1").items(SampleOrders.TRIAL_SET, SampleOrders.SENCHA).build();
        engine.record(engine.assess(TOKYO_TEA, trial));

        // order.updated after order.created: the same order, screened again minutes later
        Assessment again = engine.assess(TOKYO_TEA, SampleOrders.order().orderId("ORD-TRIAL-1")
                .orderedAt(T).items(SampleOrders.TRIAL_SET, SampleOrders.SENCHA).build());

        assertThat(again.reasons()).isEmpty();
    }

    @Test
    void anItemWithoutSkuIsKnownByItsName() {
        Item noSku = new Item(null, "初回限定 抹茶ロールお試し", 1, new BigDecimal("800"), true);
        engine.record(engine.assess(TOKYO_TEA, SampleOrders.order().orderId("A").items(noSku).build()));

        Assessment again = engine.assess(TOKYO_TEA, SampleOrders.order().orderId("B").email("other.taro@gmail.com")
                .orderedAt(T.plus(Duration.ofDays(3))).items(noSku).build());

        assertThat(again.reasons()).extracting(Reason::messageJa).anyMatch(m -> m.startsWith("「初回限定 抹茶ロールお試し」はお一人様一回限りの商品ですが"));
    }

    private record StoredScreening(List<IdentityKey> keys, String facts, Instant orderedAt) {
    }

    private static AffiliateIdentity identity(Buyer buyer, Address address) {
        return new AffiliateIdentity(buyer.name(), buyer.email(), buyer.phone(), address);
    }
}
