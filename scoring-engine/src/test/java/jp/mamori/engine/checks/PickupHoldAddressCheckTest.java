package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Address;
import jp.mamori.connector.Shipment;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.api.Test;

class PickupHoldAddressCheckTest {

    private static final Term SHIPPING = new Term("shipping address", "配送先住所");

    private final PickupHoldAddressCheck check = new PickupHoldAddressCheck();

    @Test
    void aParcelHeldAtAPostOfficeIsNamedForTheShipment() {
        Address postOffice = new Address("JP", "150-0002", "東京都", "渋谷区", "渋谷1-12-13", "渋谷郵便局留め");

        var findings = Evidences.inspect(check, shippedTo(postOffice));

        assertThat(findings).containsExactly(Finding.of(ReasonCode.ADDRESS_POST_OFFICE_HOLD, SHIPPING));
        assertThat(findings.get(0).messageJa()).isEqualTo("配送先住所が郵便局留めです。自宅で受け取る必要がありません。");
    }

    @Test
    void aParcelHeldAtACarrierOfficeHasItsOwnReason() {
        Address carrierOffice = new Address("JP", "160-0023", "東京都", "新宿区", "西新宿6-15-1", "ヤマト運輸 新宿営業所止め");

        assertThat(Evidences.inspect(check, shippedTo(carrierOffice)))
                .containsExactly(Finding.of(ReasonCode.ADDRESS_CARRIER_OFFICE_HOLD, SHIPPING));
    }

    @Test
    void saysNothingOfAHomeDelivery() {
        assertThat(Evidences.inspect(check, SampleOrders.order().build())).isEmpty();
    }

    private static jp.mamori.connector.ScreeningRequest shippedTo(Address address) {
        return SampleOrders.order().shipping(new Shipment(SampleOrders.YAMADA_TARO, "090-3817-2046", address)).build();
    }
}
