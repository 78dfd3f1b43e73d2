package jp.mamori.engine.normalize;

/**
 * Kana folding for matching readings: one person's furigana typed as ひらがな, カタカナ or ﾊﾝｶｸ, with or without
 * small kana and long-vowel marks, folds to one string. Expects text already through {@link JapaneseText}.
 */
public final class Kana {

    private static final char LONG = 'ー';
    /** The vowel (ア, イ, ウ, エ or オ) of each katakana from ァ (U+30A1) to ヺ (U+30FA); 0 where none (ン). */
    private static final char[] VOWEL = new char[0x30FB - 0x30A1];

    static {
        // One vowel per code point from ァ to ヺ, in code point order; '0' for ン.
        String vowels = "アアイイウウエエオオアアイイウウエエオオアアイイウウエエオオアアイイウウウエエオオアイウエオアアアイイイウウウエエエオオオ"
                + "アイウエオアアウウオオアイウエオアアイエオ0ウアエアイエオ";
        for (int i = 0; i < VOWEL.length; i++) {
            char v = vowels.charAt(i);
            VOWEL[i] = v == '0' ? 0 : v;
        }
    }

    private Kana() {
    }

    /** Hiragana to katakana; everything else unchanged. */
    public static String toKatakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(katakana(text.charAt(i)));
        }
        return out.toString();
    }

    /** Whether the text is only kana (either script), long-vowel marks, dashes and spaces, and not empty. */
    public static boolean isKana(String text) {
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = katakana(text.charAt(i));
            if (c >= 0x30A1 && c <= 0x30FA || c == LONG) {
                any = true;
            } else if (c != ' ' && c != '-' && c != '・' && c != '=' && c != '~') {
                return false;
            }
        }
        return any;
    }

    /**
     * The reading in one spelling: katakana, small kana as large (ッ→ツ, ャ→ヤ, ヶ→ケ), ヰヱヲ as イエオ, spaces
     * and middle dots dropped, and every lengthened vowel (ユウ, ユー, ユ-) written as the vowel's kana then ー.
     * So サトウ, さとう, ｻﾄｰ and サトー fold alike, while オノ and オオノ stay apart.
     */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = large(katakana(text.charAt(i)));
            if (c == ' ' || c == '・' || c == '=') {
                continue;
            }
            char previousVowel = out.length() == 0 ? 0 : vowelOf(out.charAt(out.length() - 1));
            if ((c == LONG || c == '-' || c == '~') && out.length() > 0) {
                c = LONG;
            } else if (previousVowel != 0 && lengthens(previousVowel, c)) {
                c = LONG;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@link #fold} with voicing removed (ダ→タ, パ→ハ): ナカタ and ナカダ, a reading's 連濁, compare equal. */
    public static String foldUnvoiced(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            out.append(unvoiced(folded.charAt(i)));
        }
        return out.toString();
    }

    private static boolean lengthens(char previousVowel, char c) {
        return c == previousVowel || previousVowel == 'オ' && c == 'ウ' || previousVowel == 'エ' && c == 'イ';
    }

    private static char vowelOf(char c) {
        if (c == LONG) {
            return 0; // ユーー stays two marks; a mark lengthens nothing further
        }
        return c >= 0x30A1 && c <= 0x30FA ? VOWEL[c - 0x30A1] : 0;
    }

    static char katakana(char c) {
        return c >= 0x3041 && c <= 0x3096 || c == 0x309D || c == 0x309E ? (char) (c + 0x60) : c;
    }

    private static char large(char c) {
        switch (c) {
            case 'ァ': return 'ア';
            case 'ィ': return 'イ';
            case 'ゥ': return 'ウ';
            case 'ェ': return 'エ';
            case 'ォ': return 'オ';
            case 'ッ': return 'ツ';
            case 'ャ': return 'ヤ';
            case 'ュ': return 'ユ';
            case 'ョ': return 'ヨ';
            case 'ヮ': return 'ワ';
            case 'ヵ': return 'カ';
            case 'ヶ': return 'ケ';
            case 'ヰ': return 'イ';
            case 'ヱ': return 'エ';
            case 'ヲ': return 'オ';
            default: return c;
        }
    }

    private static char unvoiced(char c) {
        if (c == 'ヴ') {
            return 'ウ';
        }
        if (c >= 'カ' && c <= 'ド' && c != 'ッ') {
            // カガキギ…: voiced kana follow their plain kana, one code point on, from カ to ト (ッ excepted).
            int offset = c < 'ッ' ? c - 'カ' : c - 'ツ';
            return offset % 2 == 1 ? (char) (c - 1) : c;
        }
        if (c >= 'ハ' && c <= 'ポ') {
            return (char) ('ハ' + (c - 'ハ') / 3 * 3); // ハバパ ヒビピ …: three to a row
        }
        return c;
    }
}
