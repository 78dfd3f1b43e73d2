package jp.mamori.engine.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * Folds variant kanji (髙, 﨑, 邊, 齋, 濵…) to the standard form, from the table in {@code variant-kanji.tsv}.
 * Loaded once; folding allocates only when something changes.
 */
final class VariantKanji {

    private static final Map<Integer, Integer> STANDARD = load();

    private VariantKanji() {
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> table = new HashMap<>();
        for (String[] row : Resources.rows("variant-kanji.tsv", 2)) {
            if (row[0].codePointCount(0, row[0].length()) != 1 || row[1].codePointCount(0, row[1].length()) != 1) {
                throw new IllegalStateException("variant-kanji.tsv: one character per column expected: " + String.join(" ", row));
            }
            table.put(row[0].codePointAt(0), row[1].codePointAt(0));
        }
        return Map.copyOf(table);
    }

    /** The standard form of one code point, or the code point itself. */
    static int standard(int codePoint) {
        if (codePoint < 0x4E00) {
            return codePoint;
        }
        Integer standard = STANDARD.get(codePoint);
        return standard == null ? codePoint : standard;
    }
}
