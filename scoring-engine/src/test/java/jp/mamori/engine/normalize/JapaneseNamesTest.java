package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.PersonName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseNamesTest {

    @ParameterizedTest(name = "{0} {1} ({2} {3}) -> {4}")
    @CsvSource({
            "山田,   太郎,   ヤマダ, タロウ,   true",
            "佐々木, 恵子,   ｻｻｷ,    ｹｲｺ,      true",    // half-width furigana
            "渡部,   陽子,   ,       ,         true",    // no furigana: the family name tells
            "佐藤,   花子,   タナカ, ハナコ,   true",    // furigana of another name: still a Japanese name
            "林,     洋平,   ハヤシ, ヨウヘイ, false",   // shared with Chinese families: tells nothing
            "王,     偉,     ワン,   ウェイ,   false",
            "陳,     怡君,   チン,   イクン,   false",
            "金,     民俊,   ,       ,         false",
            "Smith,  John,   スミス, ジョン,   false",
            "YAMADA, TARO,   ,       ,         false",   // romaji: written by anyone
            "ヤマダ, タロウ, ,       ,         false",   // katakana: written by anyone
            "鈴鈴鈴, 太郎,   ,       ,         false",   // no family name the dictionary knows
    })
    void aJapaneseNameIsAKnownJapaneseFamilyNameInKanji(String family, String given, String familyKana, String givenKana, boolean japanese) {
        NormalizedName name = PersonNames.normalize(new PersonName(family, given, familyKana, givenKana));

        assertThat(JapaneseNames.isJapanese(name)).isEqualTo(japanese);
    }
}
