package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanjiNumeralsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "三丁目|3丁目",
        "十丁目|10丁目",
        "二十三番|23番",
        "二〇三号室|203号室",
        "百五番地|105番地",
        "千二百|1200",
        "壱丁目弐番参号|1丁目2番3号",
        "九段北|9段北",
        "本駒込|本駒込",
        "28番16号|28番16号",
    })
    void convertsEveryRun(String text, String expected) {
        assertThat(KanjiNumerals.toArabic(text)).isEqualTo(expected);
    }
}
