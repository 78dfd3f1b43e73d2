package jp.mamori.engine.normalize;

import java.util.Locale;

/**
 * The matching form of place names and address lines, applied alike to what buyers type and to the postal
 * data: {@link JapaneseText} basics, hiragana as katakana, kanji numerals as digits, Latin upper case, and
 * the kana that people write several ways between two kanji (自由が丘, 自由ヶ丘, 自由ケ丘; 一ツ橋, 一つ橋) as one.
 */
final class PlaceText {

    private PlaceText() {
    }

    /** Matching form without any space. */
    static String compact(String text) {
        return of(JapaneseText.compact(text));
    }

    /** Matching form keeping the spaces {@link JapaneseText#normalize} keeps, for splitting block from building. */
    static String spaced(String text) {
        return of(JapaneseText.normalize(text));
    }

    private static String of(String normalized) {
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = Kana.katakana(normalized.charAt(i));
            if ((c == 'ヶ' || c == 'ヵ' || c == 'ガ') && betweenKanji(normalized, i)) {
                c = 'ケ';
            }
            out.append(c);
        }
        return KanjiNumerals.toArabic(out.toString()).toUpperCase(Locale.ROOT);
    }

    private static boolean betweenKanji(String text, int i) {
        return i > 0 && i + 1 < text.length()
                && Character.isIdeographic(text.charAt(i - 1)) && Character.isIdeographic(text.charAt(i + 1));
    }
}
