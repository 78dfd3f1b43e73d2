package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jp.mamori.connector.Device;
import jp.mamori.engine.IpNetwork;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimezoneNetworkMismatchCheckTest {

    private final TimezoneNetworkMismatchCheck check = new TimezoneNetworkMismatchCheck(CheckSettings.DEFAULT);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Asia/Shanghai", "America/Los_Angeles", "UTC"})
    void notesAClockAbroadOnAJapaneseNetwork(String timezone) {
        assertThat(Evidences.inspect(check, SampleOrders.order().device(device("JP", timezone)).build()))
                .containsExactly(Finding.of(ReasonCode.DEVICE_TIMEZONE_IP_MISMATCH, timezone));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(nullValues = "-", value = {
            "JP, Asia/Tokyo",            // at home
            "JP, japan",                 // the old alias
            "US, America/Los_Angeles",   // a traveller: clock and network agree
            "KR, Asia/Tokyo",            // the clock not moved on a trip: the overseas IP check's business
            "JP, -",                     // the browser told no time zone
            "-, Asia/Shanghai",          // the caller told no IP country
    })
    void leavesDevicesWhoseClockAndNetworkAgreeOrAreUnknown(String ipCountry, String timezone) {
        assertThat(Evidences.inspect(check, SampleOrders.order().device(device(ipCountry, timezone)).build())).isEmpty();
    }

    @Test
    void takesAJapaneseNetworkFromTheDatabaseWhenTheCallerNamesNoCountry() {
        var order = SampleOrders.order().device(device(null, "Asia/Shanghai")).build();

        assertThat(Evidences.inspect(check, Evidences.withIpNetwork(order, new IpNetwork("JP", Set.of()))))
                .containsExactly(Finding.of(ReasonCode.DEVICE_TIMEZONE_IP_MISMATCH, "Asia/Shanghai"));
        assertThat(Evidences.inspect(check, Evidences.withIpNetwork(
                SampleOrders.order().device(device("CN", "Asia/Shanghai")).build(), new IpNetwork("JP", Set.of()))))
                .as("the caller's country wins").isEmpty();
    }

    @Test
    void saysNothingForABuyerAbroad() {
        var abroad = new jp.mamori.connector.Address("US", "94105", "CA", "San Francisco", "1 Market St", null);
        assertThat(Evidences.inspect(check, SampleOrders.order().device(device("JP", "America/Los_Angeles")).billing(abroad).build()))
                .isEmpty();
    }

    private static Device device(String ipCountry, String timezone) {
        Device tokyo = SampleOrders.IPHONE_IN_TOKYO;
        return new Device(tokyo.ip(), ipCountry, tokyo.userAgent(), tokyo.acceptLanguage(), timezone, tokyo.cookieId());
    }
}
