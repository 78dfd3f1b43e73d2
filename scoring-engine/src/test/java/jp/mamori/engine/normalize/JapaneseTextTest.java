package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "１－２－３|1-2-3",
        "1‐2‒3|1-2-3",
        "1–2—3|1-2-3",
        "1―2−3|1-2-3",
        "1ー2ｰ3|1-2-3",
        "1─2|1-2",
        "サーバー|サーバー",
        "ｻｰﾊﾞｰ|サーバー",
        "10〜12|10~12",
        "10～12|10~12",
        "山田\u3000\u3000太郎|山田 太郎",
        "\u00A0山田\u2003太郎\t|山田 太郎",
        "髙橋|高橋",
        "山﨑|山崎",
        "渡邊|渡辺",
        "渡邉|渡辺",
        "齋藤|斎藤",
        "齊藤|斎藤",
        "濵田|浜田",
        "德永|徳永",
        "\uD842\uDFB7野家|吉野家",
        "佐々木|佐佐木",
        "ｶﾞｷﾞｸﾞ|ガギグ",
        "ＡＢＣ１２３|ABC123",
        "a\u200Bb|ab",
    })
    void normalizes(String input, String expected) {
        assertThat(JapaneseText.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "東京都　千代田区 九段北|東京都千代田区九段北",
        "090 1234 5678|09012345678",
    })
    void compactDropsEverySpace(String input, String expected) {
        assertThat(JapaneseText.compact(input)).isEqualTo(expected);
    }
}
