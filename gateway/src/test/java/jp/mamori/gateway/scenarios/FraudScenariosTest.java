package jp.mamori.gateway.scenarios;

import static jp.mamori.gateway.scenarios.ScenarioOrder.TRIAL_SET;
import static jp.mamori.gateway.scenarios.ScenarioOrder.SENCHA;
import static jp.mamori.gateway.scenarios.ScenarioOrder.iphoneInJapan;
import static jp.mamori.gateway.scenarios.ScenarioOrder.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.gateway.SharedGateway;
import jp.mamori.gateway.scenarios.ScenarioOrder.Address;
import jp.mamori.gateway.scenarios.ScenarioOrder.Device;
import jp.mamori.gateway.scenarios.ScenarioOrder.Item;
import jp.mamori.gateway.scenarios.ScenarioOrder.Name;
import jp.mamori.gateway.scenarios.ScenarioOrder.Person;
import jp.mamori.gateway.scenarios.Shop.Screened;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 4's fraud patterns and legitimate buyers played through the gateway's public API: one real shared.get(), one
 * merchant per scenario, orders posted to {@code POST /v1/screenings} as a shop would post them, each decision
 * asserted. The sequences and expected decisions are those of the engine's {@code ScreeningScenariosTest}; here they
 * run through JSON parsing, the durable negative list and the gateway's own engine state (velocity retained for the
 * default policy's longest window, first-purchase and affiliate ledgers), all in the recent past and in time order.
 * No two scenarios share an email, phone, card, address or device, since velocity and the negative list are shared.
 */
class FraudScenariosTest {

    /** Now, to the minute; every scenario's orders lie before it. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    // ---------------------------------------------------------------- fraud

    @Test
    void aCardTestingBurstOfUnrelatedCardsFromOneDeviceIsHeldFromTheFourthCardAndRefusedFromTheSixth() {
        Shop shop = Shop.create(shared.get(), "静岡 茶の間");
        Device laptop = new Device("198.51.100.23", "JP", ScenarioOrder.WINDOWS, "ja-JP,ja;q=0.9", "Asia/Tokyo", "ck_e91f03bb72");
        Address drop = new Address("135-0061", "東京都", "江東区", "豊洲3-2-20", "豊洲フロント1502");
        // bought stolen card data: different issuers, numbers far apart
        String[] bins = {"454742", "356999", "529837", "490223", "356812", "413701", "520412"};
        String[] last4s = {"8816", "2047", "5530", "0193", "7462", "3318", "6605"};
        Instant start = daysAgo(1);
        List<Screened> attempts = new ArrayList<>();
        for (int attempt = 1; attempt <= 7; attempt++) {
            attempts.add(shop.screen(order("ORD-20261125-C" + attempt, start.plus(Duration.ofMinutes(2L * attempt)))
                    .yen(4_980)
                    .buyer(new Person(new Name("田中", "誠", "タナカ", "マコト"), "makoto.tanaka" + attempt + "@gmail.com",
                            "080-6614-2" + (300 + attempt), null, true))
                    .billing(drop)
                    .card(bins[attempt - 1], last4s[attempt - 1], "fp_stolen_" + attempt, "JP")
                    .device(laptop)));
        }

        assertThat(attempts).extracting(Screened::decision)
                .containsExactly("OK", "OK", "OK", "REVIEW", "REVIEW", "NG", "NG");
        assertThat(attempts.get(5).codes()).contains("CARD_TESTING_DISTINCT_CARDS_DEVICE");
    }

    @Test
    void aCreditMasterRunOfNearbyCardNumbersFromOneDeviceIsRefusedFromTheThirdAttempt() {
        Shop shop = Shop.create(shared.get(), "京都 抹茶ギフト");
        Device laptop = new Device("198.51.100.41", "JP", ScenarioOrder.WINDOWS, "ja-JP,ja;q=0.9", "Asia/Tokyo", "ck_4be0c7d215");
        Address home = new Address("330-0802", "埼玉県", "さいたま市大宮区", "宮町1-114", "大宮ハイツ203");
        String[] last4s = {"1037", "1045", "1052", "1060", "1078"};
        Instant start = daysAgo(1).plus(Duration.ofHours(3));
        List<Screened> attempts = new ArrayList<>();
        for (int attempt = 1; attempt <= last4s.length; attempt++) {
            attempts.add(shop.screen(order("ORD-20261125-G" + attempt, start.plus(Duration.ofMinutes(3L * attempt)))
                    .yen(300)
                    .buyer(new Person(new Name("伊藤", "翔", "イトウ", "ショウ"), "sho.ito" + (70 + attempt) + "@gmail.com",
                            "080-4471-09" + (10 + attempt), null, true))
                    .billing(home)
                    .card("454742", last4s[attempt - 1], "fp_gen_" + attempt, "JP")
                    .device(laptop)));
        }

        assertThat(attempts).extracting(Screened::decision).containsExactly("OK", "OK", "NG", "NG", "NG");
        assertThat(attempts.get(2).codes()).containsExactly("CARD_TESTING_SEQUENTIAL_LAST4", "CARD_TESTING_SMALL_AMOUNTS");
    }

    @Test
    void aResaleRingBuyingTheTrialSetUnderNameVariantsIsHeldFromTheSecondOrderAndRefusedFromTheThird() {
        Shop shop = Shop.create(shared.get(), "東京 煎茶本舗");
        // One drop address; each order another spelling of one name, another email, two phone numbers between them.
        Address drop = new Address("171-0022", "東京都", "豊島区", "南池袋2-27-9", "サンライズ池袋302");
        List<Person> variants = List.of(
                new Person(new Name("山田", "太郎", "ヤマダ", "タロウ"), "taro.yamada.0412@gmail.com", "090-6612-3398", null, true),
                new Person(new Name("山田", "太朗", "ヤマダ", "タロウ"), "yamada.t.77@yahoo.co.jp", "080-2291-7734", null, true),
                new Person(new Name("ﾔﾏﾀﾞ", "ﾀﾛｳ", null, null), "tyamada.shop@outlook.jp", "090-6612-3398", null, true),
                new Person(new Name("Yamada", "Taro", "ヤマダ", "タロウ"), "t.yamada.1988@icloud.com", "080-2291-7734", null, true));
        Instant start = daysAgo(13);
        List<Screened> orders = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            orders.add(shop.screen(order("ORD-TRIAL-" + (501 + i), start.plus(Duration.ofDays(4L * i))) // days apart, two phones
                    .yen(500)
                    .buyer(variants.get(i))
                    .billing(drop)
                    .items(TRIAL_SET)
                    .konbini()
                    .device(iphoneInJapan("203.0.113." + (60 + i), "ck_ring_" + (i % 2)))));
        }

        assertThat(orders).extracting(Screened::decision).containsExactly("OK", "REVIEW", "NG", "NG");
        assertThat(orders.get(0).codes()).isEmpty();
        assertThat(orders.get(1).codes()).containsExactly("FIRST_PURCHASE_ONLY_REPEAT_ADDRESS");
        // ﾔﾏﾀﾞ ﾀﾛｳ reads as the first buyer's furigana with the first buyer's phone: the same person
        assertThat(orders.get(2).codes()).containsExactly("FIRST_PURCHASE_ONLY_REPEAT_PERSON", "FIRST_PURCHASE_ONLY_RESALE_RING");
        assertThat(orders.get(3).codes()).contains("FIRST_PURCHASE_ONLY_RESALE_RING");
    }

    @Test
    void aBuyerConfirmedAsFraudByAnotherMerchantIsRefusedNamingOnlyWhatMatched() {
        Shop osakaSweets = Shop.create(shared.get(), "大阪 甘味処");
        Shop tokyoTea = Shop.create(shared.get(), "東京 茶舗");
        Name kimura = new Name("木村", "拓也", "キムラ", "タクヤ");
        Screened atOsaka = osakaSweets.screen(order("OS-20261119-0087", daysAgo(6))
                .buyer(new Person(kimura, "takuya.kimura.88@gmail.com", "090-7712-4581", null, true))
                .billing(new Address("556-0005", "大阪府", "大阪市浪速区", "日本橋4-9-15", "ナンバシティハイム807"))
                .card("454742", "5096", "fp_kimura_visa", "JP")
                .device(iphoneInJapan("203.0.113.131", "ck_kimura_osaka")));
        assertThat(atOsaka.decision()).isEqualTo("OK");
        osakaSweets.feedback(atOsaka.id(), "{\"type\": \"fraud_confirmed\", \"note\": \"カード会社よりチャージバック 10.4\"}");

        // Days later at Tokyo Tea: another email, card, device and address; the same phone.
        Screened atTokyo = tokyoTea.screen(order("TT-20261124-0311", daysAgo(1))
                .buyer(new Person(kimura, "k.takuya.2026@outlook.jp", "090-7712-4581", null, true))
                .billing(new Address("116-0013", "東京都", "荒川区", "西日暮里2-25-1", "ステーションガーデン604"))
                .card("356999", "7730", "fp_a71be0c952", "JP")
                .device(iphoneInJapan("198.51.100.207", "ck_kimura_tokyo")));

        assertThat(atTokyo.decision()).as(atTokyo.json()).isEqualTo("NG");
        assertThat(atTokyo.codes()).containsExactly("NEGATIVE_LIST_MATCH");
        // Feedback lists every key of the reported order but its IP (the engine test lists only phone and card), so
        // the same name's reading with the same phone matches as well; neither the shop nor the values are named.
        assertThat(atTokyo.messages()).containsExactly(
                "The shared list of confirmed fraud holds this order's phone number and name reading with this phone number.");
        assertThat(atTokyo.json()).doesNotContain("大阪 甘味処").doesNotContain("090-7712-4581");
    }

    @Test
    void aForeignDeviceUsingAJapaneseIdentityWithWrongFuriganaIsHeld() {
        Shop shop = Shop.create(shared.get(), "名古屋 家電セレクト");
        Device abroad = new Device("203.0.113.200", "VN", "Mozilla/5.0 (Linux; Android 14; SM-A546E)", "vi-VN,vi;q=0.9,en;q=0.8",
                "Asia/Ho_Chi_Minh", "ck_0b7e5d1193");

        Screened order = shop.screen(order("NG-20261125-0042", daysAgo(1).plus(Duration.ofHours(6)))
                .yen(39_800)
                .buyer(new Person(new Name("佐藤", "花子", "タナカ", "ハナコ"), "hanako.sato.1129@gmail.com", "080-5519-2730", null, true))
                .billing(new Address("460-0008", "愛知県", "名古屋市中区", "栄3丁目5-12", "栄パークサイド1104"))
                .card("356999", "6618", "fp_sato_hanako", "JP")
                .device(abroad));

        assertThat(order.decision()).as(order.json()).isEqualTo("REVIEW");
        assertThat(order.codes()).containsExactlyInAnyOrder("NAME_FURIGANA_MISMATCH", "DEVICE_IP_OVERSEAS", "DEVICE_LOCALE_MISMATCH");
    }

    @Test
    void anAffiliateBuyingThroughTheirOwnLinkIsHeldAndSoIsTheirSecondAccount() {
        // The shop's referral programme: a customer's referral code is their customer id.
        Shop shop = Shop.create(shared.get(), "豊中 茶寮");
        Name ichiro = new Name("鈴木", "一郎", "スズキ", "イチロウ");
        Address home = new Address("560-0021", "大阪府", "豊中市", "本町3-1-40", "グランフォート豊中501");
        Device iphone = iphoneInJapan("203.0.113.24", "ck_5f2d9a1e7c");
        Instant start = daysAgo(16);
        Screened own = shop.screen(order("ORD-AFF-1", start)
                .buyer(new Person(ichiro, "ichiro_suzuki@yahoo.co.jp", "070-5821-3390", "C-7788", false))
                .billing(home).card("356999", "4321", "fp_9c1e2b7d4a", "JP").device(iphone).affiliate("C-7788"));

        // A fortnight later: a new account and mailbox, the same flat and phone, his own link again.
        Screened again = shop.screen(order("ORD-AFF-2", start.plus(Duration.ofDays(14)))
                .buyer(new Person(ichiro, "suzuki.i.2026@gmail.com", "070-5821-3390", "C-9120", true))
                .billing(home).card("356999", "4321", "fp_9c1e2b7d4a", "JP").device(iphone).affiliate("C-7788"));

        // The friend he really referred.
        Screened friend = shop.screen(order("ORD-AFF-3", start.plus(Duration.ofDays(15)))
                .buyer(new Person(new Name("佐藤", "花子", "サトウ", "ハナコ"), "hanako.sato@docomo.ne.jp", "080-4172-9365", "C-100518", true))
                .billing(new Address("530-0001", "大阪府", "大阪市北区", "梅田3丁目1-1", null))
                .card("528822", "6104", "fp_hanako_mc", "JP")
                .device(iphoneInJapan("198.51.100.180", "ck_hanako_01"))
                .affiliate("C-7788"));

        assertThat(own.decision()).isEqualTo("REVIEW");
        assertThat(own.messages()).containsExactly(
                "The order came through affiliate C-7788, whose own customer account matches this buyer's: the affiliate is buying through their own link.");
        assertThat(again.decision()).isEqualTo("REVIEW");
        assertThat(again.codes()).containsExactly("AFFILIATE_SELF_REFERRAL");
        assertThat(friend.decision()).isEqualTo("OK");
        assertThat(friend.codes()).isEmpty();
    }

    @Test
    void aShipmentToAForwardingWarehouseWithAMemberCodeIsHeld() {
        Shop shop = Shop.create(shared.get(), "横浜 カメラ堂");
        Name buyer = new Name("小川", "健", "オガワ", "ケン");
        Screened order = shop.screen(order("YC-20261124-0090", daysAgo(2))
                .yen(48_600)
                .buyer(new Person(buyer, "ken.ogawa.b2@gmail.com", "090-2250-8831", null, true))
                .billing(new Address("231-0023", "神奈川県", "横浜市中区", "山下町1-1", "シーサイドコート908"))
                .shipTo(buyer, "090-2250-8831", new Address("210-0869", "神奈川県", "川崎市川崎区", "東扇島21-4", "#KWS20931"))
                .card("454742", "2207", "fp_ogawa_visa", "JP")
                .device(iphoneInJapan("198.51.100.66", "ck_ogawa_77")));

        assertThat(order.decision()).isEqualTo("REVIEW");
        assertThat(order.codes()).containsExactly("ADDRESS_FORWARDING_SERVICE");
    }

    // ---------------------------------------------------------------- legitimate buyers

    @Test
    void aLoyalCustomerWhoBuysEveryWeekStaysOk() {
        Shop shop = Shop.create(shared.get(), "渋谷 日本茶専門店");
        Person taro = new Person(new Name("山田", "太郎", "ヤマダ", "タロウ"), "taroyamada@gmail.com", "090-3817-2046", "C-100231", false);
        Address home = new Address("150-0002", "東京都", "渋谷区", "渋谷2-21-1", "渋谷ヒカリエレジデンス1710");
        for (int week = 0; week < 12; week++) {
            Screened order = shop.screen(order("ORD-LOYAL-" + week, daysAgo(78).plus(Duration.ofDays(7L * week)))
                    .buyer(taro).billing(home)
                    .card("356999", "4321", "fp_9c1e2b7d4a", "JP")
                    .device(iphoneInJapan("203.0.113.24", "ck_5f2d9a1e7c")));

            assertThat(order.decision()).as("week %d", week).isEqualTo("OK");
            assertThat(order.codes()).as("week %d", week).isEmpty();
        }
    }

    @Test
    void aLoyalCustomerWhoTookTheTrialOnceAndThenBuysTwiceAWeekStaysOk() {
        Shop shop = Shop.create(shared.get(), "目黒 茶葉の店");
        Person regular = new Person(new Name("井上", "正人", "イノウエ", "マサト"), "masato.inoue@nifty.com", "090-8841-2036", "C-3390", false);
        Address home = new Address("153-0063", "東京都", "目黒区", "目黒1-4-16", "目黒テラス602");
        Instant start = daysAgo(92);
        for (int n = 0; n < 26; n++) {
            ScenarioOrder order = order("ORD-REGULAR-" + n, start.plus(Duration.ofHours(84L * n)))
                    .buyer(regular).billing(home)
                    .items(n == 0 ? new Item[] {TRIAL_SET} : new Item[] {SENCHA})
                    .device(iphoneInJapan("198.51.100.88", "ck_inoue_iphone"));
            // the same card, phone, address and iPhone every time; the first order was paid at the konbini
            Screened screened = shop.screen(n == 0 ? order.konbini() : order.card("356999", "9054", "fp_inoue_jcb", "JP"));

            assertThat(screened.decision()).as("order %d", n).isEqualTo("OK");
            assertThat(screened.codes()).as("order %d", n).isEmpty();
        }
    }

    @Test
    void aFamilyOfThreeOrderingTheSameEveningFromHomeStaysOk() {
        Shop shop = Shop.create(shared.get(), "神南 和菓子");
        Address home = new Address("150-0041", "東京都", "渋谷区", "神南1-2-3", "メゾン神南405");
        Person father = new Person(new Name("高橋", "健一", "タカハシ", "ケンイチ"), "kenichi.takahashi@docomo.ne.jp", "090-4418-7720", "C-2001", false);
        Person mother = new Person(new Name("高橋", "由美", "タカハシ", "ユミ"), "yumi.t.0623@gmail.com", "080-3391-5042", "C-2002", false);
        Person daughter = new Person(new Name("高橋", "さくら", "タカハシ", "サクラ"), "sakura.takahashi.07@icloud.com", "070-8826-1935", null, true);
        List<Person> family = List.of(father, mother, daughter, mother);
        Instant evening = daysAgo(1).plus(Duration.ofHours(8));
        for (int i = 0; i < family.size(); i++) {
            Person member = family.get(i);
            Screened order = shop.screen(order("ORD-FAMILY-" + i, evening.plus(Duration.ofMinutes(15L * i)))
                    .buyer(member).billing(home)
                    .card("356999", "10" + i + "7", "fp_family_" + member.phone(), "JP")
                    // one home IP, each on their own phone
                    .device(iphoneInJapan("203.0.113.77", "ck_home_" + member.phone())));

            assertThat(order.decision()).as("%s", member.name().given()).isEqualTo("OK");
            assertThat(order.score()).as("%s", member.name().given()).isZero();
        }
    }

    @Test
    void aFamilyOfThreeSharingAnAddressEachTryingADifferentTrialStaysOk() {
        Shop shop = Shop.create(shared.get(), "新横浜 お茶とスイーツ");
        Address home = new Address("222-0033", "神奈川県", "横浜市港北区", "新横浜2-14-27", "パークハウス新横浜1108");
        Item matcha = new Item("TRIAL-MATCHA-01", "初回限定 抹茶スイーツお試し", 1, 980, true);
        Item hojicha = new Item("TRIAL-HOJICHA-01", "初回限定 ほうじ茶お試しパック", 1, 700, true);
        List<Person> family = List.of(
                new Person(new Name("中村", "大輔", "ナカムラ", "ダイスケ"), "d.nakamura@nifty.com", "090-1184-6620", null, true),
                new Person(new Name("中村", "美咲", "ナカムラ", "ミサキ"), "misaki.n.0305@gmail.com", "080-7730-2915", null, true),
                new Person(new Name("中村", "陽菜", "ナカムラ", "ヒナ"), "hina.nakamura.2009@icloud.com", "070-3352-8841", null, true));
        List<Item> trials = List.of(TRIAL_SET, matcha, hojicha);
        for (int i = 0; i < family.size(); i++) {
            Screened order = shop.screen(order("ORD-NAKAMURA-" + i, daysAgo(4).plus(Duration.ofDays(i)))
                    .yen(1_000)
                    .buyer(family.get(i)).billing(home)
                    .items(trials.get(i), SENCHA)
                    .konbini()
                    // the family tablet
                    .device(iphoneInJapan("203.0.113.90", "ck_nakamura_ipad")));

            assertThat(order.decision()).as("%s", family.get(i).name().given()).isEqualTo("OK");
            assertThat(order.codes()).as("%s", family.get(i).name().given()).isEmpty();
        }
    }

    @Test
    void aGiftToAGrandmotherInAnotherPrefectureStaysOk() {
        Shop shop = Shop.create(shared.get(), "銀座 老舗羊羹");
        Person buyer = new Person(new Name("山田", "一樹", "ヤマダ", "カズキ"), "kazuki.yamada@softbank.ne.jp", "090-6230-1184", "C-55012", false);
        Screened order = shop.screen(order("GZ-20261124-0555", daysAgo(2).plus(Duration.ofHours(3)))
                .yen(16_200)
                .buyer(buyer)
                .billing(new Address("113-0033", "東京都", "文京区", "本郷3-14-5", "本郷ガーデン301"))
                .shipTo(new Name("山田", "キヨ", "ヤマダ", "キヨ"), "075-221-3318",
                        new Address("604-8005", "京都府", "京都市中京区", "恵比須町534-40", null))
                .card("356999", "8140", "fp_kazuki_jcb", "JP")
                .device(iphoneInJapan("198.51.100.52", "ck_kazuki_iphone")));

        assertThat(order.decision()).isEqualTo("OK");
        assertThat(order.codes()).isEmpty();
    }

    @Test
    void aForeignResidentWithARomajiNameAndAnEnglishBrowserStaysOk() {
        Shop shop = Shop.create(shared.get(), "六本木 ティーサロン");
        Device englishBrowser = new Device("203.0.113.58", "JP",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
                "en-US,en;q=0.9", "Asia/Tokyo", "ck_3c8a0e6f21");
        Screened order = shop.screen(order("RP-20261124-0218", daysAgo(2).plus(Duration.ofHours(5)))
                .buyer(new Person(new Name("Clarke", "Emily", "クラーク", "エミリー"), "emily.clarke@gmail.com", "080-5527-1846", null, true))
                .billing(new Address("106-0032", "東京都", "港区", "六本木6-10-1", "六本木ヒルズレジデンスB棟1203"))
                // her card from home
                .card("414720", "3381", "fp_5de20a7bc4", "GB")
                .device(englishBrowser));

        assertThat(order.decision()).isEqualTo("OK");
        assertThat(order.codes()).containsExactly("PAYMENT_ISSUER_COUNTRY_MISMATCH");
    }

    @Test
    void aBuyerWhoTypesHalfWidthKanaStaysOk() {
        Shop shop = Shop.create(shared.get(), "仙台 ずんだ茶房");
        Screened order = shop.screen(order("SD-20261124-0731", daysAgo(2).plus(Duration.ofHours(7)))
                .buyer(new Person(new Name("佐々木", "恵子", "ｻｻｷ", "ｹｲｺ"), "keiko.sasaki@ezweb.ne.jp", "０９０－６２１８－４４７３", null, false))
                .billing(new Address("９８０－０８１１", "宮城県", "仙台市青葉区", "一番町４－１－２５", "ｺｰﾎﾟ一番町 302"))
                .card("356999", "5512", "fp_sasaki_jcb", "JP")
                .device(iphoneInJapan("198.51.100.143", "ck_sasaki_iphone")));

        assertThat(order.decision()).isEqualTo("OK");
        assertThat(order.codes()).isEmpty();
    }
}
