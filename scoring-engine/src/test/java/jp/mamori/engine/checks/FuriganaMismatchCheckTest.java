package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.PersonName;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuriganaMismatchCheckTest {

    private final FuriganaMismatchCheck check = new FuriganaMismatchCheck(0.8);

    @ParameterizedTest(name = "{0} {1} / {2} {3}")
    @CsvSource({
            "山田, 太郎, スズキ, タロウ",       // a known family name read as another
            "佐藤, 花子, タナカ, ハナコ",
            "やまだ, たろう, スズキ, イチロウ", // kana name, other kana
            "林, 健太, スズキ, ケンタ",         // a family name that is also Chinese, read as neither
            "金子, 健太, キム, ケンタ",         // only a one-kanji family name is a Chinese or Korean one
    })
    void flagsFuriganaThatCannotBeAReadingOfTheName(String family, String given, String familyKana, String givenKana) {
        assertThat(inspect(new PersonName(family, given, familyKana, givenKana)))
                .containsExactly(Finding.of(ReasonCode.NAME_FURIGANA_MISMATCH));
    }

    @ParameterizedTest(name = "{0} {1} / {2} {3}")
    @CsvSource({
            "山田, 太郎, ヤマダ, タロウ",
            "山田, 太郎, ﾔﾏﾀﾞ, ﾀﾛｳ",             // half-width kana typists
            "山田, 太郎, やまだ, たろう",
            "中田, 翔, ナカタ, ショウ",
            "中田, 翔, ナカダ, カケル",         // voicing and a given name's own reading
            "高橋, 心愛, タカハシ, ココア",     // キラキラネーム: the dictionary cannot say
            "Smith, John, スミス, ジョン",
            "Nguyen, Van An, グエン, ヴァンアン",
            "王, 偉, ワン, ウェイ",               // Chinese and Korean residents read their names in their own language
            "王, 偉, オウ, イ",
            "李, 娜, リー, ナー",
            "金, 民俊, キム, ミンジュン",
            "陳, 怡君, チェン, イージュン",
            "王偉, , ワンウェイ, ",
    })
    void leavesReadingsThatFitOrCannotBeJudgedAlone(String family, String given, String familyKana, String givenKana) {
        assertThat(inspect(new PersonName(family, given, familyKana, givenKana))).isEmpty();
    }

    @Test
    void aNameWithoutFuriganaIsUnknownNotAMismatch() {
        assertThat(inspect(new PersonName("山田", "太郎", null, null))).isEmpty();
    }

    @Test
    void aStricterPolicyIgnoresLessCertainMismatches() {
        // A mismatch of a known family name is 0.9 sure: not enough for a policy that wants 0.95.
        FuriganaMismatchCheck strict = new FuriganaMismatchCheck(0.95);

        assertThat(Evidences.inspect(strict, SampleOrders.order().name(new PersonName("山田", "太郎", "スズキ", "タロウ")).build())).isEmpty();
    }

    @Test
    void saysNothingWithoutBuyer() {
        assertThat(Evidences.inspect(check, SampleOrders.order().noBuyer().build())).isEmpty();
    }

    private java.util.List<Finding> inspect(PersonName name) {
        return Evidences.inspect(check, SampleOrders.order().name(name).build());
    }
}
