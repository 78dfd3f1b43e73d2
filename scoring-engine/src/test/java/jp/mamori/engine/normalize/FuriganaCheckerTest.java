package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.mamori.connector.PersonName;

class FuriganaCheckerTest {

    record Pair(PersonName name, ReadingVerdict expected) {
        @Override
        public String toString() {
            return name.family() + " " + name.given() + " / " + name.familyKana() + " " + name.givenKana() + " → " + expected;
        }
    }

    static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                FuriganaCheckerTest.class.getResourceAsStream("furigana-pairs.tsv"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    pairs.add(new Pair(new PersonName(f[0], f[1], f[2], f[3]), ReadingVerdict.valueOf(f[4])));
                }
            }
        }
        return pairs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void judgesTheFurigana(Pair pair) {
        FuriganaMatch match = FuriganaChecker.check(pair.name());
        assertThat(match.verdict()).isEqualTo(pair.expected());
        if (pair.expected() == ReadingVerdict.UNKNOWN) {
            assertThat(match.confidence()).isZero();
        } else {
            assertThat(match.confidence()).isBetween(0.5, 1.0);
        }
    }

    @Test
    void tableHoldsEnoughOfEachVerdict() throws IOException {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(50);
        assertThat(pairs).filteredOn(p -> p.expected() == ReadingVerdict.MISMATCH).hasSizeGreaterThanOrEqualTo(10);
        assertThat(pairs).filteredOn(p -> p.expected() == ReadingVerdict.UNKNOWN).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aNameKnownAsOneWordMatchesMoreSurelyThanOnePutTogether() {
        FuriganaMatch known = FuriganaChecker.check(new PersonName("山田", "太郎", "ヤマダ", "タロウ"));
        FuriganaMatch mismatch = FuriganaChecker.check(new PersonName("佐藤", "花子", "スズキ", "ハナコ"));
        assertThat(known.confidence()).isEqualTo(1.0);
        assertThat(mismatch.confidence()).isEqualTo(0.9);
    }
}
