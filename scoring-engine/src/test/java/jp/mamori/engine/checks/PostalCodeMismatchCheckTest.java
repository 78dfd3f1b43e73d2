package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Address;
import jp.mamori.connector.Shipment;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.api.Test;

class PostalCodeMismatchCheckTest {

    /** 神南 in 渋谷区 with 梅田's postal code. */
    private static final Address SHIBUYA_WITH_OSAKA_CODE = new Address("JP", "530-0001", "東京都", "渋谷区", "神南1-2-3", "メゾン神南405");
    private static final Address KYOTO = new Address("JP", "604-8005", "京都府", "京都市中京区", "恵比須町534-40", null);

    private final PostalCodeMismatchCheck check = new PostalCodeMismatchCheck();

    @Test
    void namesTheBillingAddressAndItsShipmentOnce() {
        var findings = Evidences.inspect(check, SampleOrders.order().billing(SHIBUYA_WITH_OSAKA_CODE).build());

        assertThat(findings).containsExactly(Finding.of(ReasonCode.ADDRESS_POSTAL_CODE_MISMATCH,
                new Term("billing address and shipping address", "請求先住所と配送先住所")));
        assertThat(findings.get(0).message()).isEqualTo(
                "The postal code belongs to a different area than the address (billing address and shipping address).");
        assertThat(findings.get(0).messageJa()).isEqualTo("請求先住所と配送先住所の郵便番号が住所の地域と一致しません。");
    }

    @Test
    void namesWhichOfSeveralShipmentsIsWrong() {
        var order = SampleOrders.order().shipping(
                new Shipment(SampleOrders.SATO_HANAKO, "080-4172-9365", KYOTO),
                new Shipment(SampleOrders.SUZUKI_ICHIRO, "070-5821-3390", SHIBUYA_WITH_OSAKA_CODE)).build();

        assertThat(Evidences.inspect(check, order)).containsExactly(Finding.of(ReasonCode.ADDRESS_POSTAL_CODE_MISMATCH,
                new Term("shipping address 2", "配送先住所2")));
    }

    @Test
    void saysNothingWhenEveryPostalCodeFits() {
        var order = SampleOrders.order().shipping(new Shipment(SampleOrders.SATO_HANAKO, "080-4172-9365", KYOTO)).build();

        assertThat(Evidences.inspect(check, order)).isEmpty();
    }
}
