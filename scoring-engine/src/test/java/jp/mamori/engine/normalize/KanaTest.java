package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanaTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "さとう|サトー",
        "サトウ|サトー",
        "サトー|サトー",
        "サト-|サトー",
        "ゆうこ|ユーコ",
        "ユーコ|ユーコ",
        "おおの|オーノ",
        "おの|オノ",
        "きょうこ|キヨーコ",
        "キヨウコ|キヨーコ",
        "じゅんいち|ジユンイチ",
        "ケイタ|ケータ",
        "ヲノ|オノ",
        "ヶ|ケ",
        "やま だ|ヤマダ",
        "マリー・アントワネット|マリーアントワネツト",
    })
    void foldsReadings(String input, String expected) {
        assertThat(Kana.fold(JapaneseText.normalize(input))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ナカダ|ナカタ",
        "ヤマザキ|ヤマサキ",
        "ベップ|ヘツフ",
        "パン|ハン",
        "ヴィ|ウイ",
        "ドウ|トー",
    })
    void dropsVoicing(String input, String expected) {
        assertThat(Kana.foldUnvoiced(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "やまだ|true",
        "ヤマダ タロウ|true",
        "山田|false",
        "yamada|false",
        "' '|false",
    })
    void recognisesKana(String input, boolean expected) {
        assertThat(Kana.isKana(JapaneseText.normalize(input))).isEqualTo(expected);
    }
}
