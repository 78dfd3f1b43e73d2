package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Address;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.Shipment;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import jp.mamori.engine.data.ForwardingServices;
import org.junit.jupiter.api.Test;

class ForwardingServiceAddressCheckTest {

    private static final Term SHIPPING = new Term("shipping address", "配送先住所");

    private final ForwardingServiceAddressCheck check = new ForwardingServiceAddressCheck(ForwardingServices.bundled());

    @Test
    void aListedWarehouseIsReportedOnceEvenWithAMemberCode() {
        Address warehouse = new Address("JP", "210-0869", "神奈川県", "川崎市川崎区", "東扇島21-4", "#KWS20931");

        assertThat(Evidences.inspect(check, shippedTo(warehouse)))
                .containsExactly(Finding.of(ReasonCode.ADDRESS_FORWARDING_SERVICE, SHIPPING));
    }

    @Test
    void aMemberCodeAfterAnUnlistedAddressIsReportedAsACode() {
        Address unlisted = new Address("JP", "136-0082", "東京都", "江東区", "新木場2-9-1", "TS-00412377");

        Finding finding = Evidences.inspect(check, shippedTo(unlisted)).get(0);

        assertThat(finding).isEqualTo(Finding.of(ReasonCode.ADDRESS_FORWARDING_CODE, SHIPPING));
        assertThat(finding.messageJa()).startsWith("配送先住所に海外転送サービスが会員に割り当てる形式の会員コード");
    }

    @Test
    void aCodeTypedIntoTheFirstLineCounts() {
        Address oneLine = new Address("JP", "136-0082", "東京都", "江東区", "新木場2-9-1 #JPX448812", null);

        assertThat(Evidences.inspect(check, shippedTo(oneLine))).extracting(Finding::code)
                .containsExactly(ReasonCode.ADDRESS_FORWARDING_CODE);
    }

    @Test
    void billingAndShippingAtTheWarehouseAreNamedTogether() {
        Address warehouse = new Address("JP", "559-0031", "大阪府", "大阪市住之江区", "南港東8-3-41", "#OSK55120");

        ScreeningRequest request = SampleOrders.order().billing(warehouse).build();

        assertThat(Evidences.inspect(check, request)).containsExactly(Finding.of(ReasonCode.ADDRESS_FORWARDING_SERVICE,
                new Term("billing address and shipping address", "請求先住所と配送先住所")));
    }

    @Test
    void anOrdinaryHomeWithARoomNumberIsNothing() {
        assertThat(Evidences.inspect(check, shippedTo(SampleOrders.SHIBUYA))).isEmpty();
        assertThat(Evidences.inspect(check, shippedTo(new Address("JP", "106-0032", "東京都", "港区", "六本木6-10-1",
                "六本木ヒルズレジデンスB棟1203")))).isEmpty();
    }

    @Test
    void anAddressAbroadIsLeftToTheOverseasCheck() {
        Address abroad = new Address("US", "97230", "OR", "Portland", "12 NE Airport Way", "#JPX448812");

        assertThat(Evidences.inspect(check, shippedTo(abroad))).isEmpty();
    }

    private static ScreeningRequest shippedTo(Address address) {
        return SampleOrders.order().shipping(new Shipment(SampleOrders.YAMADA_TARO, "090-3817-2046", address)).build();
    }
}
