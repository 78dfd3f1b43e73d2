package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.mamori.connector.PersonName;

class PersonNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "山田 太郎|-|山田|太郎|KANJI",
        "山田　太郎|-|山田|太郎|KANJI",
        "山田太郎|-|山田|太郎|KANJI",
        "長谷川聡|-|長谷川|聡|KANJI",
        "髙橋|一郎|高橋|一郎|KANJI",
        "ﾔﾏﾀﾞ ﾀﾛｳ|-|ヤマダ|タロウ|KANA",
        "Taro Yamada|-|Taro|Yamada|ROMAJI",
        "-|-|''|''|EMPTY",
    })
    void splitsAndClassifies(String family, String given, String expectedFamily, String expectedGiven, NameScript script) {
        NormalizedName name = PersonNames.normalize(new PersonName(family, given, null, null));
        assertThat(name.family()).isEqualTo(expectedFamily);
        assertThat(name.given()).isEqualTo(expectedGiven);
        assertThat(name.script()).isEqualTo(script);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Taro Yamada|YAMADA Taro",
        "Yūko Satō|Yuuko Satou",
        "Satoh Yuko|sato yuko",
        "やまだ たろう|ﾔﾏﾀﾞ ﾀﾛｳ",
        "渡邊 健|渡辺健",
    })
    void matchingFormsAgree(String a, String b) {
        assertThat(PersonNames.normalize(new PersonName(a, null, null, null)).matchingForm())
                .isEqualTo(PersonNames.normalize(new PersonName(b, null, null, null)).matchingForm());
    }
}
