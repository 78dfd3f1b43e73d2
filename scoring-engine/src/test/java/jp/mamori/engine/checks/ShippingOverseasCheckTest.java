package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Address;
import jp.mamori.connector.Shipment;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShippingOverseasCheckTest {

    private static final Address SHENZHEN = new Address("cn", "518000", "Guangdong", "Shenzhen", "Futian District, Shennan Road 6009", null);
    private static final Address HONOLULU = new Address("US", "96815", "HI", "Honolulu", "2255 Kalakaua Ave", null);

    private final ShippingOverseasCheck check = new ShippingOverseasCheck();

    @Test
    void namesTheCountriesShippedTo() {
        var order = SampleOrders.order().shipping(
                new Shipment(SampleOrders.YAMADA_TARO, "090-3817-2046", SHENZHEN),
                new Shipment(SampleOrders.SATO_HANAKO, "080-4172-9365", SampleOrders.UMEDA),
                new Shipment(SampleOrders.SUZUKI_ICHIRO, "070-5821-3390", HONOLULU)).build();

        var findings = Evidences.inspect(check, order);

        assertThat(findings).containsExactly(Finding.of(ReasonCode.SHIPPING_OVERSEAS, "CN, US"));
        assertThat(findings.get(0).messageJa()).isEqualTo("国内向けのお店ですが、海外（CN, US）への配送です。");
    }

    @ParameterizedTest(name = "country \"{0}\"")
    @ValueSource(strings = {"JP", "jp", "JPN", "Japan", "日本", ""})
    void japanHoweverWrittenIsDomestic(String country) {
        Address umeda = new Address(country, "530-0001", "大阪府", "大阪市北区", "梅田3丁目1-1", null);
        var order = SampleOrders.order().shipping(new Shipment(SampleOrders.SATO_HANAKO, "080-4172-9365", umeda)).build();

        assertThat(Evidences.inspect(check, order)).isEmpty();
    }

    @Test
    void aForeignBillingAddressAloneIsNotAShipmentAbroad() {
        var order = SampleOrders.order().billing(HONOLULU)
                .shipping(new Shipment(SampleOrders.YAMADA_TARO, "090-3817-2046", SampleOrders.SHIBUYA)).build();

        assertThat(Evidences.inspect(check, order)).isEmpty();
    }
}
