package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Device;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForeignLocaleCheckTest {

    private final ForeignLocaleCheck check = new ForeignLocaleCheck(CheckSettings.DEFAULT);

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "zh-CN,zh;q=0.9,en;q=0.8 | Asia/Shanghai | zh-CN",
            "vi-VN,vi;q=0.9          | Asia/Ho_Chi_Minh | vi-VN",
            "en-US,en;q=0.9          | America/New_York | en-US",
    })
    void notesABrowserNeitherInJapanesNorOnJapanTime(String languages, String timezone, String first) {
        assertThat(Evidences.inspect(check, SampleOrders.order().device(browser(languages, timezone)).build()))
                .containsExactly(Finding.of(ReasonCode.DEVICE_LOCALE_MISMATCH, first, timezone));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "ja-JP,ja;q=0.9                | Asia/Tokyo",
            "en-US,en;q=0.9                | Asia/Tokyo",         // a foreign resident reading English
            "en-GB,en;q=0.9,ja;q=0.7       | Europe/London",      // also reads Japanese
            "ja                            | America/Los_Angeles", // a Japanese traveller
            "en-US                         | japan",               // the old alias, any case
    })
    void leavesBrowsersThatFitABuyerInJapanAlone(String languages, String timezone) {
        assertThat(Evidences.inspect(check, SampleOrders.order().device(browser(languages, timezone)).build())).isEmpty();
    }

    @Test
    void saysNothingWhenTheBrowserDidNotTellItsTimeZone() {
        assertThat(Evidences.inspect(check, SampleOrders.order().device(browser("zh-CN,zh;q=0.9", null)).build())).isEmpty();
    }

    private static Device browser(String languages, String timezone) {
        Device tokyo = SampleOrders.IPHONE_IN_TOKYO;
        return new Device(tokyo.ip(), tokyo.ipCountry(), tokyo.userAgent(), languages, timezone, tokyo.cookieId());
    }
}
