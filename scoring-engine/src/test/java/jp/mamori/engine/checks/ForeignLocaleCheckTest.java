package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Device;
import jp.mamori.connector.PersonName;
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

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "ja-JP,ja;q=0.9                | Asia/Tokyo          | 山田",
            "en-US,en;q=0.9                | Asia/Tokyo          | Clarke",  // a foreign resident reading English
            "en-GB,en;q=0.9,ja;q=0.7       | Europe/London       | 山田",    // also reads Japanese
            "ja                            | America/Los_Angeles | 山田",    // a Japanese traveller
            "en-US                         | japan               | Clarke",  // the old alias, any case
    })
    void leavesBrowsersThatFitTheBuyerAlone(String languages, String timezone, String family) {
        PersonName name = family.equals("Clarke") ? new PersonName("Clarke", "Emily", "クラーク", "エミリー") : SampleOrders.YAMADA_TARO;

        assertThat(Evidences.inspect(check, SampleOrders.order().name(name).device(browser(languages, timezone)).build())).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "zh-CN,zh;q=0.9          | Asia/Tokyo | zh-CN",
            "vi-VN,vi;q=0.9,en;q=0.8 |            | vi-VN",   // the shop did not send the time zone
            "en-US,en;q=0.9          | Japan      | en-US",
    })
    void notesAJapaneseNameOnABrowserThatReadsNoJapanese(String languages, String timezone, String first) {
        assertThat(Evidences.inspect(check, SampleOrders.order().device(browser(languages, timezone)).build()))
                .containsExactly(Finding.of(ReasonCode.DEVICE_LANGUAGE_NAME_MISMATCH, first));
    }

    @Test
    void aBrowserAbroadInAForeignLanguageIsOneFactReportedOnceWhateverTheName() {
        assertThat(Evidences.inspect(check, SampleOrders.order().device(browser("zh-CN,zh;q=0.9", "Asia/Shanghai")).build()))
                .extracting(Finding::code).containsExactly(ReasonCode.DEVICE_LOCALE_MISMATCH);
    }

    @ParameterizedTest(name = "{0} {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "Clarke | Emily | クラーク | エミリー | en-GB,en;q=0.9",      // a romaji name
            "王     | 偉    | ワン     | ウェイ   | zh-CN,zh;q=0.9",      // a Chinese name read in Chinese
            "陳     | 怡君  | チン     | イクン   | zh-TW,zh;q=0.9",      // a Chinese name given a Japanese reading
            "金     | 民俊  |          |          | ko-KR,ko;q=0.9",      // a Korean name without furigana
            "グエン | ヴァン アイン | グエン | ヴァン アイン | vi-VN,vi;q=0.9", // a name in katakana
    })
    void leavesResidentsFromAbroadWithTheirOwnNamesAlone(String family, String given, String familyKana, String givenKana, String languages) {
        PersonName name = new PersonName(family, given, familyKana, givenKana);

        assertThat(Evidences.inspect(check, SampleOrders.order().name(name).device(browser(languages, "Asia/Tokyo")).build())).isEmpty();
    }

    @Test
    void saysNothingWithoutTheBrowsersLanguages() {
        assertThat(Evidences.inspect(check, SampleOrders.order().device(browser(null, "Asia/Tokyo")).build())).isEmpty();
    }

    @Test
    void theMessageSaysWhichLanguageTheBrowserAskedFor() {
        Finding finding = Evidences.inspect(check, SampleOrders.order().device(browser("vi-VN,vi;q=0.9", null)).build()).get(0);

        assertThat(finding.message()).isEqualTo("The buyer's name is Japanese, but the browser accepts no Japanese (vi-VN): "
                + "someone abroad may be using a Japanese identity.");
        assertThat(finding.messageJa()).isEqualTo("注文者は日本人の氏名ですが、ブラウザの言語（vi-VN）に日本語が含まれていません。"
                + "海外から日本人の名義を使っている可能性があります。");
    }

    private static Device browser(String languages, String timezone) {
        Device tokyo = SampleOrders.IPHONE_IN_TOKYO;
        return new Device(tokyo.ip(), tokyo.ipCountry(), tokyo.userAgent(), languages, timezone, tokyo.cookieId());
    }
}
