package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jp.mamori.connector.Payment;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.data.DisposableEmailDomains;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayLaterThrowawayContactCheckTest {

    private static final DisposableEmailDomains DISPOSABLE = DisposableEmailDomains.bundled();
    /** An honest mailbox and a mobile number: nothing to drop. */
    private static final String HONEST_MAIL = "taroyamada@gmail.com";
    private static final String MOBILE = "090-3817-2046";

    private final PayLaterThrowawayContactCheck check = new PayLaterThrowawayContactCheck(DISPOSABLE, CheckSettings.DEFAULT);

    @ParameterizedTest(name = "{0}, {1}, paid by {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "taroyamada@mailinator.com | 090-3817-2046 | cod      | a throwaway mailbox                              | 使い捨てのメールアドレス",
            "taroyamada@mailinator.com | 090-3817-2046 | 代金引換  | a throwaway mailbox                              | 使い捨てのメールアドレス",
            "x7k9m2p4q@gmail.com       | 090-3817-2046 | COD      | a machine-made mailbox                           | 自動生成のようなメールアドレス",
            "x7k9m2p4q@gmail.com       | 090-3817-2046 | 代金引換  | a machine-made mailbox                           | 自動生成のようなメールアドレス",
            "taroyamada@gmail.com      | 050-3186-2290 | COD      | a 050 IP phone number                            | 050のIP電話番号",
            "taroyamada@gmail.com      | 050-3186-2290 | 代金引換  | a 050 IP phone number                            | 050のIP電話番号",
            "taroyamada@gmail.com      | 050-3186-2290 | NP後払い  | a 050 IP phone number                            | 050のIP電話番号",
            "x7k9m2p4q@gmail.com       | 050-3186-2290 | Paidy    | a machine-made mailbox and a 050 IP phone number | 自動生成のようなメールアドレスと050のIP電話番号",
            // a mailbox at a throwaway service is that, whatever its name
            "x7k9m2p4q@mailinator.com  | 090-3817-2046 | deferred | a throwaway mailbox                              | 使い捨てのメールアドレス",
    })
    void notesAFirstTimeCustomerPayingLaterWithContactDetailsMadeToBeDropped(String email, String phone, String method,
                                                                           String contact, String contactJa) {
        List<Finding> findings = inspect(email, phone, true, new Payment(method, null, null));

        assertThat(findings).extracting(Finding::code).containsExactly(ReasonCode.PAYMENT_LATER_THROWAWAY_CONTACT);
        assertThat(findings.get(0).message()).isEqualTo("A first-time customer pays on or after delivery (" + method
                + ") and gave " + contact + ": if the payment never comes, there may be nobody to reach.");
        assertThat(findings.get(0).messageJa()).startsWith("初めてのお客様が商品到着時・到着後のお支払い（" + method + "）で、"
                + contactJa + "を使っています。");
    }

    @Test
    void namesThePaymentMethodAsTheShopSentItWithoutItsSurroundingSpace() {
        Finding finding = inspect("x7k9m2p4q@gmail.com", MOBILE, true, new Payment("  Cod ", null, null)).get(0);

        assertThat(finding.details()).first().isEqualTo("Cod");
    }

    @ParameterizedTest(name = "new customer: {0}")
    @CsvSource(nullValues = "null", value = {"false", "null"})
    void leavesAReturningOrUnknownCustomerAlone(Boolean isNew) {
        // a returning customer has paid before; a shop that cannot tell has said nothing against the buyer
        assertThat(inspect("taroyamada@mailinator.com", "050-3186-2290", isNew, new Payment("cod", null, null))).isEmpty();
    }

    @Test
    void leavesOrdersPaidBeforeDeliveryAlone() {
        assertThat(inspect("taroyamada@mailinator.com", "050-3186-2290", true, SampleOrders.card())).isEmpty();
        assertThat(inspect("taroyamada@mailinator.com", "050-3186-2290", true, SampleOrders.konbini())).isEmpty();
    }

    @Test
    void leavesAnOrderWithoutAPaymentMethodAlone() {
        assertThat(inspect("taroyamada@mailinator.com", "050-3186-2290", true, null)).isEmpty();
        assertThat(inspect("taroyamada@mailinator.com", "050-3186-2290", true, new Payment(null, null, null))).isEmpty();
    }

    @Test
    void leavesAnHonestMailboxAndPhonePayingLaterAlone() {
        assertThat(inspect(HONEST_MAIL, MOBILE, true, new Payment("cod", null, null))).isEmpty();
        assertThat(inspect("ichiro_suzuki@yahoo.co.jp", "03-3464-2011", true, new Payment("代金引換", null, null))).isEmpty();
    }

    @Test
    void leavesACarriersRandomMailboxAloneAsEmailRandomLocalPartDoes() {
        // docomo and au gave every new line a random mailbox: a real buyer who never changed it
        assertThat(inspect("zt3bq9w8a1c4@docomo.ne.jp", MOBILE, true, new Payment("cod", null, null))).isEmpty();
        assertThat(inspect("k7m2x9p4q8@ezweb.ne.jp", MOBILE, true, new Payment("代金引換", null, null))).isEmpty();
    }

    @Test
    void aPolicysOwnListDecidesWhatIsPaidLater() {
        CheckSettings ownList = new CheckSettings(100_000, 0.8, Set.of("Asia/Tokyo"), Set.of("ja"), Set.of("後払い決済", "atone"),
                CheckSettings.FIRST_PURCHASE_LOOKBACK, CardTestingSettings.DEFAULT, AffiliateSettings.DEFAULT);
        PayLaterThrowawayContactCheck shops = new PayLaterThrowawayContactCheck(DISPOSABLE, ownList);

        assertThat(inspect(shops, "後払い決済")).extracting(Finding::code).containsExactly(ReasonCode.PAYMENT_LATER_THROWAWAY_CONTACT);
        assertThat(inspect(shops, "ATONE")).extracting(Finding::code).containsExactly(ReasonCode.PAYMENT_LATER_THROWAWAY_CONTACT);
        // the shop's list replaces the default one
        assertThat(inspect(shops, "cod")).isEmpty();
        assertThat(inspect(check, "後払い決済")).isEmpty();
    }

    private static List<Finding> inspect(PayLaterThrowawayContactCheck check, String method) {
        return Evidences.inspect(check, SampleOrders.order().email("taroyamada@mailinator.com").newCustomer(true)
                .payment(new Payment(method, null, null)).build());
    }

    private List<Finding> inspect(String email, String phone, Boolean isNew, Payment payment) {
        return Evidences.inspect(check, SampleOrders.order().email(email).phone(phone).newCustomer(isNew).payment(payment).build());
    }
}
