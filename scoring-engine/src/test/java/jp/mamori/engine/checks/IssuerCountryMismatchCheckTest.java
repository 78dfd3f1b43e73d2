package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Address;
import jp.mamori.connector.Card;
import jp.mamori.connector.Payment;
import jp.mamori.connector.Shipment;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;

class IssuerCountryMismatchCheckTest {

    private static final Address SHENZHEN = new Address("CN", "518000", "Guangdong", "Shenzhen", "Futian District, Shennan Road 6009", null);

    private final IssuerCountryMismatchCheck check = new IssuerCountryMismatchCheck();

    @Test
    void aForeignCardForGoodsShippedInJapan() {
        var findings = Evidences.inspect(check, SampleOrders.order().payment(issuedIn("US")).build());

        assertThat(findings).containsExactly(Finding.of(ReasonCode.PAYMENT_ISSUER_COUNTRY_MISMATCH, "US", "JP"));
        assertThat(findings.get(0).message()).isEqualTo("The card was issued in US but the order ships to JP.");
    }

    @Test
    void aJapaneseCardForGoodsShippedAbroad() {
        var order = SampleOrders.order().shipping(new Shipment(SampleOrders.YAMADA_TARO, "090-3817-2046", SHENZHEN)).build();

        assertThat(Evidences.inspect(check, order)).containsExactly(Finding.of(ReasonCode.PAYMENT_ISSUER_COUNTRY_MISMATCH, "JP", "CN"));
    }

    @Test
    void aJapaneseCardShippedInJapanFits() {
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(issuedIn("jp")).build())).isEmpty();
    }

    @Test
    void withoutShipmentTheBillingAddressIsTheDestination() {
        var order = SampleOrders.order().shipping().payment(issuedIn("KR")).build();

        assertThat(Evidences.inspect(check, order)).containsExactly(Finding.of(ReasonCode.PAYMENT_ISSUER_COUNTRY_MISMATCH, "KR", "JP"));
    }

    @Test
    void saysNothingWithoutAnIssuerCountryOrACard() {
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(issuedIn(null)).build())).isEmpty();
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(SampleOrders.konbini()).build())).isEmpty();
    }

    private static Payment issuedIn(String country) {
        return new Payment("card", new Card("412345", "0042", "fp_3a7c19e2b4", country), null);
    }
}
