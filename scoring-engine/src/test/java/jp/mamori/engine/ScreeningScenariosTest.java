package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jp.mamori.connector.Address;
import jp.mamori.connector.Buyer;
import jp.mamori.connector.Card;
import jp.mamori.connector.Decision;
import jp.mamori.connector.Device;
import jp.mamori.connector.Payment;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.Reason;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.Shipment;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryNegativeList;
import jp.mamori.engine.state.InMemoryVelocityStore;
import org.junit.jupiter.api.Test;

/**
 * Sequences of orders as a shop sees them, through the whole engine with the default policy and state in
 * memory: fraud that must be stopped, and ordinary Japanese buyers who must never be bothered.
 */
class ScreeningScenariosTest {

    private static final OrderNormalizer NORMALIZER = OrderNormalizer.bundled();
    private static final DisposableEmailDomains DISPOSABLE = DisposableEmailDomains.bundled();
    private static final IdentityKeyer KEYER = new IdentityKeyer("mamori-test-pepper-0001".getBytes(StandardCharsets.UTF_8));
    private static final Policy DEFAULT = Policy.defaultPolicy();
    private static final String TOKYO_TEA = "shop-tokyo-tea";
    private static final String OSAKA_SWEETS = "shop-osaka-sweets";
    private static final Instant T = SampleOrders.NOON_JST;

    private final InMemoryNegativeList negativeList = new InMemoryNegativeList();
    private final ScoringEngine engine = new ScoringEngine(DEFAULT, NORMALIZER, KEYER,
            new InMemoryVelocityStore(Duration.ofHours(24)), DISPOSABLE, negativeList);

    @Test
    void aCardTestingBurstFromOneDeviceIsHeldFromTheFourthCardAndRefusedFromTheSixth() {
        Device laptop = new Device("198.51.100.23", "JP", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "ja-JP,ja;q=0.9",
                "Asia/Tokyo", "ck_e91f03bb72");
        List<Decision> decisions = new ArrayList<>();
        for (int attempt = 1; attempt <= 7; attempt++) {
            // a different stolen card each time, small amounts, one drop address, names to match the cards
            Card card = new Card("454742", String.format("%04d", 1000 + attempt * 37), "fp_stolen_" + attempt, "JP");
            ScreeningRequest request = SampleOrders.order()
                    .orderId("ORD-20261125-C" + attempt)
                    .orderedAt(T.plus(Duration.ofMinutes(2L * attempt)))
                    .yen(980)
                    .buyer(new Buyer(new PersonName("田中", "誠", "タナカ", "マコト"), "makoto.tanaka" + attempt + "@gmail.com",
                            "080-6614-2" + (300 + attempt), null, true))
                    .payment(new Payment("card", card, null))
                    .device(laptop)
                    .build();
            decisions.add(assessAndRecord(TOKYO_TEA, request).decision());
        }

        assertThat(decisions).containsExactly(Decision.OK, Decision.OK, Decision.OK,
                Decision.REVIEW, Decision.REVIEW, Decision.NG, Decision.NG);
    }

    @Test
    void aBuyerListedByAnotherMerchantIsRefusedNamingOnlyWhatMatched() {
        // Osaka Sweets received a chargeback for this order and lists its phone and card.
        Buyer fraudster = new Buyer(new PersonName("木村", "拓也", "キムラ", "タクヤ"), "takuya.kimura.88@gmail.com",
                "090-7712-4581", null, true);
        Assessment chargedBack = assessAndRecord(OSAKA_SWEETS, SampleOrders.order().buyer(fraudster).billing(SampleOrders.UMEDA).build());
        for (IdentityKey key : chargedBack.keys()) {
            if (key.kind() == IdentityKind.PHONE || key.kind() == IdentityKind.CARD) {
                negativeList.register(key, OSAKA_SWEETS, "chargeback 10.4", T.plus(Duration.ofDays(40)), null);
            }
        }

        // Weeks later at Tokyo Tea: another email, another card, the same phone.
        Buyer again = new Buyer(fraudster.name(), "k.takuya.2026@outlook.jp", "090-7712-4581", null, true);
        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order().buyer(again)
                .orderedAt(T.plus(Duration.ofDays(45)))
                .payment(new Payment("card", new Card("356999", "7730", "fp_a71be0c952", "JP"), null)).build());

        assertThat(assessment.decision()).isEqualTo(Decision.NG);
        assertThat(assessment.reasons()).extracting(Reason::message)
                .containsExactly("The shared list of confirmed fraud holds this order's phone number.");
    }

    @Test
    void aForeignDeviceUsingAJapaneseIdentityWithWrongFuriganaIsHeld() {
        Device abroad = new Device("203.0.113.200", "VN", "Mozilla/5.0 (Linux; Android 14; SM-A546E)", "vi-VN,vi;q=0.9,en;q=0.8",
                "Asia/Ho_Chi_Minh", "ck_0b7e5d1193");

        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order()
                .name(new PersonName("佐藤", "花子", "タナカ", "ハナコ"))
                .yen(39_800)
                .device(abroad).build());

        assertThat(assessment.decision()).isIn(Decision.REVIEW, Decision.NG);
        assertThat(assessment.reasons()).extracting(Reason::code)
                .containsExactlyInAnyOrder("NAME_FURIGANA_MISMATCH", "DEVICE_IP_OVERSEAS", "DEVICE_LOCALE_MISMATCH");
    }

    @Test
    void aLoyalCustomerWhoBuysEveryWeekStaysOk() {
        for (int week = 0; week < 12; week++) {
            Assessment assessment = assessAndRecord(TOKYO_TEA, SampleOrders.order()
                    .orderId("ORD-LOYAL-" + week)
                    .orderedAt(T.plus(Duration.ofDays(7L * week)))
                    .build());

            assertThat(assessment.reasons()).as("week %d", week).isEmpty();
        }
    }

    @Test
    void aFamilyOfThreeOrderingTheSameEveningFromHomeStaysOk() {
        Address home = new Address("JP", "150-0041", "東京都", "渋谷区", "神南1-2-3", "メゾン神南405");
        Buyer father = new Buyer(new PersonName("高橋", "健一", "タカハシ", "ケンイチ"), "kenichi.takahashi@docomo.ne.jp", "090-4418-7720", "C-2001", false);
        Buyer mother = new Buyer(new PersonName("高橋", "由美", "タカハシ", "ユミ"), "yumi.t.0623@gmail.com", "080-3391-5042", "C-2002", false);
        Buyer daughter = new Buyer(new PersonName("高橋", "さくら", "タカハシ", "サクラ"), "sakura.takahashi.07@icloud.com", "070-8826-1935", null, true);
        List<Buyer> family = List.of(father, mother, daughter, mother);

        for (int i = 0; i < family.size(); i++) {
            Buyer member = family.get(i);
            Assessment assessment = assessAndRecord(TOKYO_TEA, SampleOrders.order()
                    .orderId("ORD-FAMILY-" + i)
                    .orderedAt(T.plus(Duration.ofHours(8)).plus(Duration.ofMinutes(15L * i)))
                    .buyer(member)
                    .billing(home)
                    .payment(new Payment("card", new Card("356999", "10" + i + "7", "fp_family_" + member.phone(), "JP"), null))
                    // one home IP, each on their own phone
                    .device(new Device("203.0.113.77", "JP", SampleOrders.IPHONE_IN_TOKYO.userAgent(), "ja-JP,ja;q=0.9",
                            "Asia/Tokyo", "ck_home_" + member.phone()))
                    .build());

            assertThat(assessment.decision()).as("%s", member.name().given()).isEqualTo(Decision.OK);
            assertThat(assessment.score()).as("%s", member.name().given()).isZero();
        }
    }

    @Test
    void aGiftToAGrandmotherInAnotherPrefectureStaysOk() {
        Address kyoto = new Address("JP", "604-8005", "京都府", "京都市中京区", "恵比須町534-40", null);

        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order()
                .yen(16_200)
                .shipping(new Shipment(new PersonName("山田", "キヨ", "ヤマダ", "キヨ"), "075-221-3318", kyoto))
                .build());

        assertThat(assessment.decision()).isEqualTo(Decision.OK);
        assertThat(assessment.reasons()).isEmpty();
    }

    @Test
    void aForeignResidentWithARomajiNameAndAnEnglishBrowserStaysOk() {
        Buyer emily = new Buyer(new PersonName("Clarke", "Emily", "クラーク", "エミリー"), "emily.clarke@gmail.com",
                "080-5527-1846", null, true);
        Device englishBrowser = new Device("203.0.113.58", "JP",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
                "en-US,en;q=0.9", "Asia/Tokyo", "ck_3c8a0e6f21");

        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order()
                .buyer(emily)
                .billing(new Address("JP", "106-0032", "東京都", "港区", "六本木6-10-1", "六本木ヒルズレジデンスB棟1203"))
                // her card from home
                .payment(new Payment("card", new Card("414720", "3381", "fp_5de20a7bc4", "GB"), null))
                .device(englishBrowser)
                .build());

        assertThat(assessment.decision()).isEqualTo(Decision.OK);
        assertThat(assessment.reasons()).extracting(Reason::code).containsExactly("PAYMENT_ISSUER_COUNTRY_MISMATCH");
    }

    @Test
    void aBuyerWhoTypesHalfWidthKanaStaysOk() {
        Buyer halfWidth = new Buyer(new PersonName("佐々木", "恵子", "ｻｻｷ", "ｹｲｺ"), "keiko.sasaki@ezweb.ne.jp",
                "０９０－６２１８－４４７３", null, false);

        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order()
                .buyer(halfWidth)
                .billing(new Address("JP", "９８０－０８１１", "宮城県", "仙台市青葉区", "一番町４－１－２５", "ｺｰﾎﾟ一番町 302"))
                .build());

        assertThat(assessment.decision()).isEqualTo(Decision.OK);
        assertThat(assessment.reasons()).isEmpty();
    }

    @Test
    void theSameOrderWithTheSamePolicyAndStateGetsTheSameDecisionAndReasonsWhateverTheReplayOrder() {
        List<ScreeningRequest> history = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            history.add(SampleOrders.order().orderId("ORD-H" + n).orderedAt(T.minus(Duration.ofMinutes(9L * n)))
                    .email("taro" + n + "@mailinator.com")
                    .payment(new Payment("card", new Card("454742", "00" + n + "1", "fp_h" + n, "US"), SampleOrders.card("U").threeDs()))
                    .build());
        }
        ScreeningRequest next = SampleOrders.order().orderId("ORD-NEXT").email("x7k9m2p4q@gmial.com").phone("090-1234-5678")
                .payment(new Payment("card", new Card("454742", "0071", "fp_next", "US"), SampleOrders.card("N").threeDs())).build();

        List<Assessment> results = new ArrayList<>();
        for (boolean reversed : new boolean[] {false, true}) {
            InMemoryNegativeList list = new InMemoryNegativeList();
            ScoringEngine fresh = new ScoringEngine(DEFAULT, NORMALIZER, KEYER, new InMemoryVelocityStore(Duration.ofHours(24)), DISPOSABLE, list);
            List<ScreeningRequest> replay = new ArrayList<>(history);
            if (reversed) {
                Collections.reverse(replay);
            }
            for (ScreeningRequest earlier : replay) {
                Assessment stored = fresh.assess(TOKYO_TEA, earlier);
                fresh.remember(TOKYO_TEA, stored.keys(), stored.orderedAt());
            }
            list.register(KEYER.key(IdentityKind.PHONE, "+819012345678"), OSAKA_SWEETS, "chargeback", T.minus(Duration.ofDays(2)), null);
            results.add(fresh.assess(TOKYO_TEA, next));
            results.add(fresh.assess(TOKYO_TEA, next));
        }

        assertThat(results.get(0).reasons()).hasSizeGreaterThan(5);
        assertThat(results.get(0).decision()).isEqualTo(Decision.NG);
        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(results.get(0)));
    }

    private Assessment assessAndRecord(String merchant, ScreeningRequest request) {
        Assessment assessment = engine.assess(merchant, request);
        engine.record(assessment);
        return assessment;
    }
}
