package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jp.mamori.connector.Address;
import jp.mamori.connector.Device;
import jp.mamori.connector.Shipment;
import jp.mamori.engine.IpNetwork;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OverseasIpCheckTest {

    private static final Address HONOLULU = new Address("US", "96815", "HI", "Honolulu", "2255 Kalakaua Ave", null);

    private final OverseasIpCheck check = new OverseasIpCheck();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"VN", "cn", " US "})
    void notesAForeignIpForABuyerLivingInJapan(String country) {
        assertThat(Evidences.inspect(check, SampleOrders.order().device(from(country)).build()))
                .containsExactly(Finding.of(ReasonCode.DEVICE_IP_OVERSEAS, country.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"JP", "jp", "XX", "T1", ""})
    void saysNothingForAJapaneseUnknownOrTorCountry(String country) {
        assertThat(Evidences.inspect(check, SampleOrders.order().device(from(country)).build())).isEmpty();
    }

    @ParameterizedTest(name = "caller {0}, database {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "-,  VN, VN",   // the caller did not say: the database's country
            "XX, US, US",   // the caller's CDN did not know
            "JP, VN, -",    // the caller's country wins
            "KR, US, KR",
            "-,  JP, -",
            "-,  -,  -",    // nobody knows
    })
    void takesTheCountryFromTheDatabaseWhenTheCallerNamesNone(String caller, String database, String reported) {
        var order = SampleOrders.order().device(from(caller)).build();

        var findings = Evidences.inspect(check, Evidences.withIpNetwork(order, new IpNetwork(database, Set.of())));

        if (reported == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).containsExactly(Finding.of(ReasonCode.DEVICE_IP_OVERSEAS, reported));
        }
    }

    @Test
    void aBuyerLivingAbroadIsExpectedToOrderFromAbroad() {
        var order = SampleOrders.order().billing(HONOLULU).shipping(new Shipment(SampleOrders.YAMADA_TARO, "+1 808 555 0142", HONOLULU))
                .device(from("US")).build();

        assertThat(Evidences.inspect(check, order)).isEmpty();
    }

    private static Device from(String country) {
        Device tokyo = SampleOrders.IPHONE_IN_TOKYO;
        return new Device("198.51.100.7", country, tokyo.userAgent(), tokyo.acceptLanguage(), tokyo.timezone(), tokyo.cookieId());
    }
}
