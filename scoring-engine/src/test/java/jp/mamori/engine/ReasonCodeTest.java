package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReasonCodeTest {

    private static final Term SHIPPING_2 = new Term("shipping address 2", "配送先住所2");
    /** Items are named as the shop names them; an English-named one keeps the English message ASCII. */
    private static final Term TRIAL_SET = new Term("\"Trial set\"", "「お試しセット」");
    private static final Term BUYER_PHONE = new Term("buyer's phone number", "注文者の電話番号");

    /** The details each check passes with its reason (see the checks); a new code must be added here. */
    private static final Map<ReasonCode, Object[]> DETAILS = new EnumMap<>(ReasonCode.class);

    static {
        DETAILS.put(ReasonCode.EMAIL_INVALID_SYNTAX, new Object[] {});
        DETAILS.put(ReasonCode.EMAIL_DISPOSABLE_DOMAIN, new Object[] {"mailinator.com"});
        DETAILS.put(ReasonCode.EMAIL_DOMAIN_TYPO, new Object[] {"gmial.com", "gmail.com"});
        DETAILS.put(ReasonCode.EMAIL_DOMAIN_NO_MAIL_HOST, new Object[] {"yamada-shoji.jp"});
        DETAILS.put(ReasonCode.EMAIL_ALIAS, new Object[] {});
        DETAILS.put(ReasonCode.EMAIL_RANDOM_LOCAL_PART, new Object[] {});
        DETAILS.put(ReasonCode.EMAIL_FREE_MAIL_HIGH_AMOUNT, new Object[] {"gmail.com", 100000L});
        DETAILS.put(ReasonCode.EMAIL_FOREIGN_WEBMAIL, new Object[] {"qq.com"});
        DETAILS.put(ReasonCode.ADDRESS_POSTAL_CODE_MISMATCH, new Object[] {SHIPPING_2});
        DETAILS.put(ReasonCode.ADDRESS_BLOCK_MISSING, new Object[] {SHIPPING_2});
        DETAILS.put(ReasonCode.ADDRESS_POST_OFFICE_HOLD, new Object[] {SHIPPING_2});
        DETAILS.put(ReasonCode.ADDRESS_CARRIER_OFFICE_HOLD, new Object[] {SHIPPING_2});
        DETAILS.put(ReasonCode.ADDRESS_HOTEL, new Object[] {SHIPPING_2});
        DETAILS.put(ReasonCode.ADDRESS_SHORT_STAY_MANSION, new Object[] {SHIPPING_2});
        DETAILS.put(ReasonCode.ADDRESS_PO_BOX, new Object[] {SHIPPING_2});
        DETAILS.put(ReasonCode.ADDRESS_FORWARDING_SERVICE, new Object[] {SHIPPING_2});
        DETAILS.put(ReasonCode.ADDRESS_FORWARDING_CODE, new Object[] {SHIPPING_2});
        DETAILS.put(ReasonCode.SHIPPING_OVERSEAS, new Object[] {"CN"});
        DETAILS.put(ReasonCode.PHONE_INVALID, new Object[] {BUYER_PHONE});
        DETAILS.put(ReasonCode.PHONE_DUMMY, new Object[] {BUYER_PHONE});
        DETAILS.put(ReasonCode.PHONE_IP_NEW_CUSTOMER, new Object[] {});
        DETAILS.put(ReasonCode.NAME_FURIGANA_MISMATCH, new Object[] {});
        DETAILS.put(ReasonCode.DEVICE_IP_OVERSEAS, new Object[] {"VN"});
        DETAILS.put(ReasonCode.DEVICE_IP_ANONYMOUS_NETWORK, new Object[] {
                Term.join(List.of(AnonymousNetwork.HOSTING_PROVIDER.term(), AnonymousNetwork.VPN.term()))});
        DETAILS.put(ReasonCode.DEVICE_LOCALE_MISMATCH, new Object[] {"zh-CN", "Asia/Shanghai"});
        DETAILS.put(ReasonCode.DEVICE_LANGUAGE_NAME_MISMATCH, new Object[] {"zh-CN"});
        DETAILS.put(ReasonCode.DEVICE_TIMEZONE_IP_MISMATCH, new Object[] {"Asia/Shanghai"});
        DETAILS.put(ReasonCode.PAYMENT_ISSUER_COUNTRY_MISMATCH, new Object[] {"US", "JP"});
        DETAILS.put(ReasonCode.PAYMENT_3DS_FAILED, new Object[] {"N"});
        DETAILS.put(ReasonCode.PAYMENT_3DS_UNAVAILABLE, new Object[] {"U"});
        DETAILS.put(ReasonCode.PAYMENT_CVC_MISMATCH, new Object[] {});
        DETAILS.put(ReasonCode.PAYMENT_AVS_MISMATCH, new Object[] {});
        DETAILS.put(ReasonCode.PAYMENT_LATER_THROWAWAY_CONTACT, new Object[] {"cod", Term.join(List.of(
                new Term("a machine-made mailbox", "自動生成のようなメールアドレス"), new Term("a 050 IP phone number", "050のIP電話番号")))});
        DETAILS.put(ReasonCode.VELOCITY_EMAIL_1H, new Object[] {4, 3});
        DETAILS.put(ReasonCode.VELOCITY_EMAIL_24H, new Object[] {6, 5});
        for (String kind : List.of("PHONE", "ADDRESS", "CARD", "DEVICE", "IP")) {
            DETAILS.put(ReasonCode.valueOf("VELOCITY_" + kind + "_1H"), new Object[] {5, 4});
            DETAILS.put(ReasonCode.valueOf("VELOCITY_" + kind + "_24H"), new Object[] {11, 10});
        }
        DETAILS.put(ReasonCode.CARD_TESTING_DISTINCT_CARDS_DEVICE, new Object[] {4, 3});
        DETAILS.put(ReasonCode.CARD_TESTING_DISTINCT_CARDS_IP, new Object[] {6, 5});
        DETAILS.put(ReasonCode.CARD_TESTING_SEQUENTIAL_LAST4, new Object[] {3, "454742", new Term("device", "端末"), 60L, 2});
        DETAILS.put(ReasonCode.CARD_TESTING_SMALL_AMOUNTS, new Object[] {4, 1000L, 3, new Term("IP address", "IPアドレス"), 60L});
        DETAILS.put(ReasonCode.CARD_TESTING_DECLINES, new Object[] {5, new Term("device and card", "端末とカード"), 60L, 3});
        DETAILS.put(ReasonCode.ADDRESS_MANY_NAMES, new Object[] {5, 4});
        DETAILS.put(ReasonCode.PHONE_MANY_NAMES, new Object[] {4, 3});
        DETAILS.put(ReasonCode.DEVICE_MANY_IDENTITIES, new Object[] {6, 5});
        DETAILS.put(ReasonCode.FIRST_PURCHASE_ONLY_REPEAT_PERSON, new Object[] {TRIAL_SET, new Term("phone number", "電話番号")});
        DETAILS.put(ReasonCode.FIRST_PURCHASE_ONLY_REPEAT_ADDRESS, new Object[] {TRIAL_SET});
        DETAILS.put(ReasonCode.FIRST_PURCHASE_ONLY_REPEAT_DEVICE, new Object[] {TRIAL_SET});
        DETAILS.put(ReasonCode.FIRST_PURCHASE_ONLY_RESALE_RING, new Object[] {TRIAL_SET, 3});
        DETAILS.put(ReasonCode.AFFILIATE_SELF_REFERRAL, new Object[] {"a8-00123", new Term("customer account", "会員アカウント")});
        DETAILS.put(ReasonCode.AFFILIATE_NEW_BUYER_BURST, new Object[] {4, "a8-00123", new Term("device", "端末"), new Term("7 days", "7日"), 1});
        DETAILS.put(ReasonCode.NEGATIVE_LIST_MATCH, new Object[] {new Term("card", "カード")});
        DETAILS.put(ReasonCode.ALLOW_LIST_CUSTOMER, new Object[] {"C-100231"});
        DETAILS.put(ReasonCode.PAYMENT_METHOD_NOT_SCREENED, new Object[] {"cod", "card, konbini"});
    }

    @Test
    void everyCodeHasTheDetailsItsCheckPasses() {
        assertThat(DETAILS).containsOnlyKeys(ReasonCode.values());
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void theEnglishMessageIsASentenceWithEveryDetailFilledIn(ReasonCode code) {
        String message = code.message(DETAILS.get(code));

        assertThat(message).isNotBlank().endsWith(".").doesNotContain("%");
        assertThat(message).matches("\\p{ASCII}+");
        assertContainsEveryDetail(message, DETAILS.get(code), Term::en);
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void theJapaneseMessageIsASentenceWithEveryDetailFilledIn(ReasonCode code) {
        String message = code.messageJa(DETAILS.get(code));

        assertThat(message).isNotBlank().endsWith("。").doesNotContain("%");
        assertThat(message).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        assertContainsEveryDetail(message, DETAILS.get(code), Term::ja);
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void theTwoLanguagesSayDifferentText(ReasonCode code) {
        assertThat(code.messageJa(DETAILS.get(code))).isNotEqualTo(code.message(DETAILS.get(code)));
    }

    @Test
    void countsAreWrittenWithoutGroupingWhateverTheDefaultLocale() {
        assertThat(ReasonCode.VELOCITY_EMAIL_24H.message(1200, 5)).startsWith("1200 orders");
        assertThat(ReasonCode.VELOCITY_EMAIL_24H.messageJa(1200, 5)).contains("1200件");
    }

    @Test
    void aTermIsWordedInTheLanguageOfTheMessage() {
        Term both = Term.join(List.of(new Term("billing address", "請求先住所"), SHIPPING_2));

        assertThat(ReasonCode.ADDRESS_PO_BOX.message(both))
                .isEqualTo("A post office box is given as an address (billing address and shipping address 2).");
        assertThat(ReasonCode.ADDRESS_PO_BOX.messageJa(both)).isEqualTo("請求先住所と配送先住所2が私書箱です。");
    }

    private static void assertContainsEveryDetail(String message, Object[] details, Function<Term, String> wording) {
        for (Object detail : details) {
            assertThat(message).contains(detail instanceof Term term ? wording.apply(term) : String.valueOf(detail));
        }
    }
}
