package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Address;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.Shipment;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.api.Test;

class ShortStayAddressCheckTest {

    private static final Term SHIPPING = new Term("shipping address", "配送先住所");

    private final ShortStayAddressCheck check = new ShortStayAddressCheck();

    @Test
    void aHotel() {
        Address hotel = new Address("JP", "160-0023", "東京都", "新宿区", "西新宿2-7-2", "京王プラザホテル フロント気付");

        assertThat(Evidences.inspect(check, shippedTo(hotel))).containsExactly(Finding.of(ReasonCode.ADDRESS_HOTEL, SHIPPING));
    }

    @Test
    void aWeeklyMansion() {
        Address weekly = new Address("JP", "530-0001", "大阪府", "大阪市北区", "梅田1-11-4", "ウィークリーマンション梅田 502");

        assertThat(Evidences.inspect(check, shippedTo(weekly)))
                .containsExactly(Finding.of(ReasonCode.ADDRESS_SHORT_STAY_MANSION, SHIPPING));
    }

    @Test
    void anOrdinaryMansionIsAHome() {
        Address home = new Address("JP", "150-0041", "東京都", "渋谷区", "神南1-2-3", "ライオンズマンション神南 405");

        assertThat(Evidences.inspect(check, shippedTo(home))).isEmpty();
    }

    private static ScreeningRequest shippedTo(Address address) {
        return SampleOrders.order().shipping(new Shipment(SampleOrders.YAMADA_TARO, "090-3817-2046", address)).build();
    }
}
