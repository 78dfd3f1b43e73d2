package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import jp.mamori.connector.Item;
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
            new InMemoryVelocityStore(DEFAULT.velocityRetention()), DISPOSABLE, negativeList);

    @Test
    void aCardTestingBurstOfUnrelatedCardsFromOneDeviceIsHeldFromTheFourthCardAndRefusedFromTheSixth() {
        Device laptop = new Device("198.51.100.23", "JP", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "ja-JP,ja;q=0.9",
                "Asia/Tokyo", "ck_e91f03bb72");
        // bought stolen card data: different issuers, numbers far apart (nearby ones are the next test)
        String[] bins = {"454742", "356999", "529837", "490223", "356812", "413701", "520412"};
        String[] last4s = {"8816", "2047", "5530", "0193", "7462", "3318", "6605"};
        List<Decision> decisions = new ArrayList<>();
        for (int attempt = 1; attempt <= 7; attempt++) {
            // a different stolen card each time, one drop address, names to match the cards
            Card card = new Card(bins[attempt - 1], last4s[attempt - 1], "fp_stolen_" + attempt, "JP");
            ScreeningRequest request = SampleOrders.order()
                    .orderId("ORD-20261125-C" + attempt)
                    .orderedAt(T.plus(Duration.ofMinutes(2L * attempt)))
                    .yen(4_980)
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
    void aCreditMasterRunOfNearbyCardNumbersFromOneDeviceIsRefusedFromTheThirdAttempt() {
        // A generator steps through one issuer's range: same BIN, last four digits a few apart, ¥300 e-gift cards.
        Device laptop = new Device("198.51.100.41", "JP", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "ja-JP,ja;q=0.9",
                "Asia/Tokyo", "ck_4be0c7d215");
        String[] last4s = {"1037", "1045", "1052", "1060", "1078"};
        List<Decision> decisions = new ArrayList<>();
        List<List<String>> codes = new ArrayList<>();
        for (int attempt = 1; attempt <= last4s.length; attempt++) {
            Assessment assessment = assessAndRecord(TOKYO_TEA, SampleOrders.order()
                    .orderId("ORD-20261125-G" + attempt)
                    .orderedAt(T.plus(Duration.ofMinutes(3L * attempt)))
                    .yen(300)
                    .buyer(new Buyer(new PersonName("伊藤", "翔", "イトウ", "ショウ"), "sho.ito" + (70 + attempt) + "@gmail.com",
                            "080-4471-09" + (10 + attempt), null, true))
                    .payment(new Payment("card", new Card("454742", last4s[attempt - 1], "fp_gen_" + attempt, "JP"), null))
                    .device(laptop)
                    .build());
            decisions.add(assessment.decision());
            codes.add(assessment.reasons().stream().map(Reason::code).toList());
        }

        assertThat(decisions).containsExactly(Decision.OK, Decision.OK, Decision.NG, Decision.NG, Decision.NG);
        assertThat(codes.get(2)).containsExactly("CARD_TESTING_SEQUENTIAL_LAST4", "CARD_TESTING_SMALL_AMOUNTS");
    }

    @Test
    void aTesterWhoseCardsThePspDeclinesIsRefusedOnTheNextOrder() {
        Device phone = new Device("203.0.113.141", "JP", "Mozilla/5.0 (Linux; Android 14; Pixel 8)", "ja-JP,ja;q=0.9",
                "Asia/Tokyo", "ck_9d3a60f2e8");
        // Four declined authorisations in twenty minutes, each a different card: the PSP adapter reports them.
        String[][] declined = {{"490223", "5517"}, {"529837", "0842"}, {"413701", "7366"}, {"356812", "2291"}};
        for (int i = 0; i < declined.length; i++) {
            engine.recordDecline(TOKYO_TEA, new Decline(T.plus(Duration.ofMinutes(5L * i)), "kenta.mori.7@gmail.com",
                    phone.ip(), phone.cookieId(), declined[i][0], declined[i][1], "fp_declined_" + i));
        }

        Assessment order = engine.assess(TOKYO_TEA, SampleOrders.order()
                .orderedAt(T.plus(Duration.ofMinutes(22)))
                .yen(12_800)
                .buyer(new Buyer(new PersonName("森", "健太", "モリ", "ケンタ"), "kenta.mori.7@gmail.com", "090-2284-6617", null, true))
                .payment(new Payment("card", new Card("454742", "3310", "fp_fifth", "JP"), null))
                .device(phone)
                .build());

        assertThat(order.decision()).isEqualTo(Decision.NG);
        assertThat(order.reasons()).extracting(Reason::code)
                .contains("CARD_TESTING_DECLINES", "CARD_TESTING_DISTINCT_CARDS_DEVICE");
    }

    @Test
    void aResaleRingBuyingTheTrialSetUnderNameVariantsIsHeldFromTheSecondOrderAndRefusedFromTheThird() {
        // One drop address; each order another spelling of one name, another email, two phone numbers between them.
        Address drop = new Address("JP", "171-0022", "東京都", "豊島区", "南池袋2-27-9", "サンライズ池袋302");
        List<Buyer> variants = List.of(
                new Buyer(new PersonName("山田", "太郎", "ヤマダ", "タロウ"), "taro.yamada.0412@gmail.com", "090-6612-3398", null, true),
                new Buyer(new PersonName("山田", "太朗", "ヤマダ", "タロウ"), "yamada.t.77@yahoo.co.jp", "080-2291-7734", null, true),
                new Buyer(new PersonName("ﾔﾏﾀﾞ", "ﾀﾛｳ", null, null), "tyamada.shop@outlook.jp", "090-6612-3398", null, true),
                new Buyer(new PersonName("Yamada", "Taro", "ヤマダ", "タロウ"), "t.yamada.1988@icloud.com", "080-2291-7734", null, true));
        List<Decision> decisions = new ArrayList<>();
        List<List<String>> codes = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Assessment assessment = assessAndRecord(TOKYO_TEA, SampleOrders.order()
                    .orderId("ORD-TRIAL-" + (501 + i))
                    // days apart, from two phones: no velocity rule sees it
                    .orderedAt(T.plus(Duration.ofDays(4L * i)))
                    .yen(500)
                    .buyer(variants.get(i))
                    .billing(drop)
                    .items(SampleOrders.TRIAL_SET)
                    .payment(SampleOrders.konbini())
                    .device(new Device("203.0.113." + (60 + i), "JP", SampleOrders.IPHONE_IN_TOKYO.userAgent(), "ja-JP,ja;q=0.9",
                            "Asia/Tokyo", "ck_ring_" + (i % 2)))
                    .build());
            decisions.add(assessment.decision());
            codes.add(assessment.reasons().stream().map(Reason::code).toList());
        }

        assertThat(decisions).containsExactly(Decision.OK, Decision.REVIEW, Decision.NG, Decision.NG);
        assertThat(codes.get(0)).isEmpty();
        assertThat(codes.get(1)).containsExactly("FIRST_PURCHASE_ONLY_REPEAT_ADDRESS");
        // ﾔﾏﾀﾞ ﾀﾛｳ reads as the first buyer's furigana with the first buyer's phone: the same person
        assertThat(codes.get(2)).containsExactly("FIRST_PURCHASE_ONLY_REPEAT_PERSON", "FIRST_PURCHASE_ONLY_RESALE_RING");
        assertThat(codes.get(3)).contains("FIRST_PURCHASE_ONLY_RESALE_RING");
    }

    @Test
    void anAffiliateBuyingThroughTheirOwnLinkIsHeldAndSoIsTheirSecondAccount() {
        // Tokyo Tea's referral programme: a customer's referral code is their customer id.
        Buyer ichiro = new Buyer(SampleOrders.SUZUKI_ICHIRO, "ichiro_suzuki@yahoo.co.jp", "070-5821-3390", "C-7788", false);
        Address home = new Address("JP", "560-0021", "大阪府", "豊中市", "本町3-1-40", "グランフォート豊中501");
        Assessment own = assessAndRecord(TOKYO_TEA, SampleOrders.order().orderId("ORD-AFF-1").buyer(ichiro).billing(home)
                .affiliate("C-7788").build());

        // A fortnight later: a new account and mailbox, the same flat and phone, his own link again.
        Buyer secondAccount = new Buyer(SampleOrders.SUZUKI_ICHIRO, "suzuki.i.2026@gmail.com", "070-5821-3390", "C-9120", true);
        Assessment again = assessAndRecord(TOKYO_TEA, SampleOrders.order().orderId("ORD-AFF-2").buyer(secondAccount).billing(home)
                .orderedAt(T.plus(Duration.ofDays(14))).affiliate("C-7788").build());

        // The friend he really referred.
        Assessment friend = assessAndRecord(TOKYO_TEA, SampleOrders.order().orderId("ORD-AFF-3").buyer(SampleOrders.HANAKO)
                .billing(SampleOrders.UMEDA).orderedAt(T.plus(Duration.ofDays(15))).affiliate("C-7788")
                .payment(new Payment("card", new Card("528822", "6104", "fp_hanako_mc", "JP"), null))
                .device(new Device("198.51.100.180", "JP", SampleOrders.IPHONE_IN_TOKYO.userAgent(), "ja-JP,ja;q=0.9", "Asia/Tokyo",
                        "ck_hanako_01"))
                .build());

        assertThat(own.decision()).isEqualTo(Decision.REVIEW);
        assertThat(own.reasons()).extracting(Reason::message).containsExactly(
                "The order came through affiliate C-7788, whose own customer account matches this buyer's: the affiliate is buying through their own link.");
        assertThat(again.decision()).isEqualTo(Decision.REVIEW);
        assertThat(again.reasons()).extracting(Reason::code).containsExactly("AFFILIATE_SELF_REFERRAL");
        assertThat(friend.decision()).isEqualTo(Decision.OK);
        assertThat(friend.reasons()).isEmpty();
    }

    @Test
    void anAffiliateMakingUpNewCustomersAtHomeDaysApartIsHeldFromTheSecondUntilAWeekHasPassed() {
        Address home = new Address("JP", "253-0013", "神奈川県", "茅ヶ崎市", "赤松町2-24-16", "サン赤松町テラス407");
        PersonName[] madeUp = {new PersonName("佐野", "由美子", "サノ", "ユミコ"), new PersonName("清水", "浩", "シミズ", "ヒロシ"),
                new PersonName("中島", "美穂", "ナカジマ", "ミホ"), new PersonName("林", "弘子", "ハヤシ", "ヒロコ")};
        String[] mailboxes = {"yumiko0810@docomo.ne.jp", "hiroshi_shimizu@biglobe.ne.jp", "nakajima_miho0219@yahoo.co.jp",
                "hayashi_hiroko0207@yahoo.co.jp"};
        String[] phones = {"090-3763-8567", "090-9702-3608", "070-5276-3726", "090-9469-5279"};
        // days 0, 1 and 3, each with the shop's cookie cleared; the fourth comes ten days after the third
        long[] days = {0, 1, 3, 13};
        List<Assessment> orders = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            orders.add(assessAndRecord(TOKYO_TEA, SampleOrders.order().orderId("ORD-AFN-" + i)
                    .buyer(new Buyer(madeUp[i], mailboxes[i], phones[i], null, true)).billing(home)
                    .payment(SampleOrders.konbini())
                    .device(new Device("118.25.18.162", "JP", SampleOrders.IPHONE_IN_TOKYO.userAgent(), "ja-JP,ja;q=0.9", "Asia/Tokyo",
                            "ck_chigasaki_" + i))
                    .orderedAt(T.plus(Duration.ofDays(days[i]))).affiliate("af-7312").build()));
        }

        assertThat(orders).extracting(Assessment::decision).containsExactly(Decision.OK, Decision.REVIEW, Decision.REVIEW, Decision.OK);
        assertThat(orders.get(2).reasons()).extracting(Reason::message).containsExactly("3 new buyers came through affiliate af-7312 "
                + "with this order's address within 7 days (limit 1): one person posing as many new customers.");
    }

    @Test
    void aShipmentToAForwardingWarehouseWithAMemberCodeIsHeld() {
        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order()
                .yen(48_600)
                .shipping(new Shipment(SampleOrders.YAMADA_TARO, "090-3817-2046",
                        new Address("JP", "210-0869", "神奈川県", "川崎市川崎区", "東扇島21-4", "#KWS20931")))
                .build());

        assertThat(assessment.decision()).isEqualTo(Decision.REVIEW);
        assertThat(assessment.reasons()).extracting(Reason::code).containsExactly("ADDRESS_FORWARDING_SERVICE");
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
    void aFirstTimeCustomerWithAMachineMadeMailboxPayingCashOnDeliveryIsHeldThoughTheSameMailboxPayingByCardIsNot() {
        Buyer newcomer = new Buyer(new PersonName("中村", "大輔", "ナカムラ", "ダイスケ"), "kzxx83nnx@gmail.com", "080-2291-4473", null, true);

        Assessment cashOnDelivery = engine.assess(TOKYO_TEA, SampleOrders.order().buyer(newcomer).yen(29_800)
                .payment(new Payment("代金引換", null, null)).build());
        Assessment byCard = engine.assess(TOKYO_TEA, SampleOrders.order().buyer(newcomer).yen(29_800).build());

        assertThat(cashOnDelivery.decision()).isEqualTo(Decision.REVIEW);
        assertThat(cashOnDelivery.reasons()).extracting(Reason::code)
                .containsExactly("EMAIL_RANDOM_LOCAL_PART", "PAYMENT_LATER_THROWAWAY_CONTACT");
        assertThat(cashOnDelivery.reasons().get(1).messageJa())
                .isEqualTo("初めてのお客様が商品到着時・到着後のお支払い（代金引換）で、自動生成のようなメールアドレスを使っています。"
                        + "代金が支払われなかった場合、連絡がつかない可能性があります。");
        assertThat(byCard.decision()).isEqualTo(Decision.OK);
        assertThat(byCard.reasons()).extracting(Reason::code).containsExactly("EMAIL_RANDOM_LOCAL_PART");
    }

    @Test
    void aFirstTimeCustomerOnA050NumberPayingLaterWithAnOrdinaryMailboxIsNotedButStaysOk() {
        Buyer newcomer = new Buyer(new PersonName("小林", "美咲", "コバヤシ", "ミサキ"), "misaki.kobayashi@gmail.com", "050-3186-2290", null, true);

        Assessment assessment = engine.assess(TOKYO_TEA, SampleOrders.order().buyer(newcomer)
                .payment(new Payment("paidy", null, null)).build());

        assertThat(assessment.decision()).isEqualTo(Decision.OK);
        assertThat(assessment.reasons()).extracting(Reason::code)
                .containsExactly("PAYMENT_LATER_THROWAWAY_CONTACT", "PHONE_IP_NEW_CUSTOMER");
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
    void aLoyalCustomerWhoTookTheTrialOnceAndThenBuysTwiceAWeekStaysOk() {
        for (int n = 0; n < 26; n++) {
            Assessment assessment = assessAndRecord(TOKYO_TEA, SampleOrders.order()
                    .orderId("ORD-REGULAR-" + n)
                    .orderedAt(T.plus(Duration.ofHours(84L * n)))
                    .items(n == 0 ? new Item[] {SampleOrders.TRIAL_SET} : new Item[] {SampleOrders.SENCHA})
                    // the same card, phone, address and iPhone every time; the first order was paid at the konbini
                    .payment(n == 0 ? SampleOrders.konbini() : SampleOrders.card())
                    .build());

            assertThat(assessment.reasons()).as("order %d", n).isEmpty();
        }
    }

    @Test
    void aFamilyOfThreeSharingAnAddressEachTryingADifferentTrialStaysOk() {
        Address home = new Address("JP", "222-0033", "神奈川県", "横浜市港北区", "新横浜2-14-27", "パークハウス新横浜1108");
        Item sencha = SampleOrders.TRIAL_SET;
        Item matcha = new Item("TRIAL-MATCHA-01", "初回限定 抹茶スイーツお試し", 1,
                new BigDecimal("980"), true);
        Item hojicha = new Item("TRIAL-HOJICHA-01", "初回限定 ほうじ茶お試しパック", 1,
                new BigDecimal("700"), true);
        List<Buyer> family = List.of(
                new Buyer(new PersonName("中村", "大輔", "ナカムラ", "ダイスケ"), "d.nakamura@nifty.com", "090-1184-6620", null, true),
                new Buyer(new PersonName("中村", "美咲", "ナカムラ", "ミサキ"), "misaki.n.0305@gmail.com", "080-7730-2915", null, true),
                new Buyer(new PersonName("中村", "陽菜", "ナカムラ", "ヒナ"), "hina.nakamura.2009@icloud.com", "070-3352-8841", null, true));
        List<Item> trials = List.of(sencha, matcha, hojicha);
        for (int i = 0; i < family.size(); i++) {
            Assessment assessment = assessAndRecord(TOKYO_TEA, SampleOrders.order()
                    .orderId("ORD-NAKAMURA-" + i)
                    .orderedAt(T.plus(Duration.ofDays(i)))
                    .yen(1_000)
                    .buyer(family.get(i))
                    .billing(home)
                    .items(trials.get(i), SampleOrders.SENCHA)
                    .payment(SampleOrders.konbini())
                    // the family tablet
                    .device(new Device("203.0.113.90", "JP", SampleOrders.IPHONE_IN_TOKYO.userAgent(), "ja-JP,ja;q=0.9",
                            "Asia/Tokyo", "ck_nakamura_ipad"))
                    .build());

            assertThat(assessment.reasons()).as("%s", family.get(i).name().given()).isEmpty();
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
