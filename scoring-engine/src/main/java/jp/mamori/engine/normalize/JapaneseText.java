package jp.mamori.engine.normalize;

import com.ibm.icu.text.Normalizer2;

/**
 * The text basics every Japanese identity goes through before it is compared: NFKC, then what NFKC leaves
 * alone. Dash look-alikes become {@code -}, wave dashes {@code ~}, every width of space one ASCII space,
 * and variant kanji their standard form. Pure and thread-safe.
 */
public final class JapaneseText {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final char LONG_VOWEL = 'ー';

    private JapaneseText() {
    }

    /** NFKC plus the unifications above; runs of space collapse to one, ends trimmed. {@code null} gives "". */
    public static String normalize(String text) {
        return fold(text, true);
    }

    /** {@link #normalize} without any space at all: for values where spacing carries no meaning (addresses, phone numbers). */
    public static String compact(String text) {
        return fold(text, false);
    }

    private static String fold(String text, boolean keepSpaces) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = NFKC.normalize(text);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = keepSpaces && out.length() > 0;
                continue;
            }
            if (isInvisible(cp)) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (isDash(cp) || cp == LONG_VOWEL && betweenDigits(out, nfkc, i)) {
                out.append('-');
            } else if (isWaveDash(cp)) {
                out.append('~');
            } else if (cp == '々' && out.length() > 0 && Character.isIdeographic(out.codePointBefore(out.length()))) {
                // 佐々木 and 佐佐木 are one name; the iteration mark stands for the kanji before it.
                out.appendCodePoint(out.codePointBefore(out.length()));
            } else {
                out.appendCodePoint(VariantKanji.standard(cp));
            }
        }
        return out.toString();
    }

    // ー typed for a hyphen (an IME habit in addresses and phone numbers) is only a dash between digits;
    // elsewhere it is the long vowel of katakana.
    private static boolean betweenDigits(StringBuilder before, String text, int next) {
        return before.length() > 0 && isDigit(before.charAt(before.length() - 1))
                && next < text.length() && isDigit(text.charAt(next));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000 || Character.isSpaceChar(cp);
    }

    private static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
    }

    private static boolean isDash(int cp) {
        switch (cp) {
            case '-':
            case 0x2010: // hyphen
            case 0x2011: // non-breaking hyphen
            case 0x2012: // figure dash
            case 0x2013: // en dash
            case 0x2014: // em dash
            case 0x2015: // horizontal bar, the 全角ダッシュ of many Japanese fonts
            case 0x2043: // hyphen bullet
            case 0x2212: // minus sign, what Japanese IMEs produce for 「－」 on some platforms
            case 0x2500: // box drawing light horizontal, picked from the IME's symbol list for 「ー」
            case 0x2501: // box drawing heavy horizontal
            case 0xFE58: // small em dash
            case 0xFE63: // small hyphen-minus
            case 0xFF0D: // full-width hyphen-minus (NFKC maps it, listed for completeness)
            case 0x02D7: // modifier letter minus
                return true;
            default:
                return false;
        }
    }

    private static boolean isWaveDash(int cp) {
        return cp == '~' || cp == 0x301C || cp == 0x3030 || cp == 0x223C || cp == 0x223E || cp == 0xFF5E;
    }
}
