package jp.mamori.engine.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese and Korean family names with the readings their bearers give them in Japan ({@code
 * foreign-surname-readings.tsv}): 王 read ワン, 金 read キム. A name so read is a Chinese or Korean name read in its
 * own language, which a dictionary of Japanese readings can judge neither in the family nor in the given name
 * (偉 ウェイ). Loaded once. Thread-safe.
 */
final class ForeignSurnames {

    /** Family name (a code point, variants folded) to its readings, folded as {@link Kana#foldUnvoiced} folds. */
    private static final Map<Integer, List<String>> READINGS = load();

    private ForeignSurnames() {
    }

    private static Map<Integer, List<String>> load() {
        Map<Integer, List<String>> table = new HashMap<>();
        for (String[] row : Resources.rows("foreign-surname-readings.tsv", 2)) {
            if (row[0].codePointCount(0, row[0].length()) != 1) {
                throw new IllegalStateException("foreign-surname-readings.tsv: one kanji expected: " + row[0]);
            }
            List<String> readings = new java.util.ArrayList<>();
            for (String reading : row[1].split(",")) {
                if (!Kana.isKana(reading.strip())) {
                    throw new IllegalStateException("foreign-surname-readings.tsv: kana expected: " + reading);
                }
                readings.add(Kana.foldUnvoiced(reading.strip()));
            }
            table.put(VariantKanji.standard(row[0].codePointAt(0)), List.copyOf(readings));
        }
        return Map.copyOf(table);
    }

    /** Whether {@code family} is one of the listed Chinese or Korean family names, however it is read. */
    static boolean isListed(String family) {
        return family.codePointCount(0, family.length()) == 1 && READINGS.containsKey(VariantKanji.standard(family.codePointAt(0)));
    }

    /**
     * Whether a name written in kanji has a listed one-kanji family name with one of its listed readings as
     * furigana: with family and given furigana apart, the family furigana is the reading; typed whole, it starts
     * with one. A whole name the splitter could not part (王偉) counts by its first kanji.
     */
    static boolean readInItsOwnLanguage(NormalizedName name) {
        if (name.script() != NameScript.KANJI || name.family().isEmpty()) {
            return false;
        }
        List<String> readings = READINGS.get(VariantKanji.standard(name.family().codePointAt(0)));
        if (readings == null) {
            return false;
        }
        boolean oneKanji = name.family().codePointCount(0, name.family().length()) == 1;
        if (!oneKanji && !name.given().isEmpty()) {
            return false; // 金子 健太: a Japanese family name that starts with a Chinese one
        }
        boolean apart = oneKanji && !name.familyKana().isEmpty() && !name.givenKana().isEmpty();
        String kana = name.familyKana().isEmpty() ? name.givenKana() : name.familyKana();
        if (!Kana.isKana(kana)) {
            return false;
        }
        String typed = Kana.foldUnvoiced(kana);
        for (String reading : readings) {
            if (apart ? typed.equals(reading) : typed.startsWith(reading)) {
                return true;
            }
        }
        return false;
    }
}
