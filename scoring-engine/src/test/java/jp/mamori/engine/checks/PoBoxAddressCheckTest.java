package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Address;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.api.Test;

class PoBoxAddressCheckTest {

    private final PoBoxAddressCheck check = new PoBoxAddressCheck();

    @Test
    void aPostOfficeBoxAsTheBillingAddress() {
        Address box = new Address("JP", "100-0005", "東京都", "千代田区", "丸の内2-7-2", "東京中央郵便局 私書箱第123号");
        var order = SampleOrders.order().billing(box)
                .shipping(new jp.mamori.connector.Shipment(SampleOrders.YAMADA_TARO, "090-3817-2046", SampleOrders.SHIBUYA)).build();

        assertThat(Evidences.inspect(check, order))
                .containsExactly(Finding.of(ReasonCode.ADDRESS_PO_BOX, new Term("billing address", "請求先住所")));
    }

    @Test
    void saysNothingOfAHome() {
        assertThat(Evidences.inspect(check, SampleOrders.order().build())).isEmpty();
    }
}
