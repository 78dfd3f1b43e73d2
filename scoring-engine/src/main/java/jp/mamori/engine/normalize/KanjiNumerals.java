package jp.mamori.engine.normalize;

/**
 * Kanji numerals to arabic digits, as addresses need them: 二十三 → 23, 二〇三 → 203, 百五 → 105, 壱 → 1.
 * Every run is converted, also inside names (九段北 → 9段北): the same text on both sides of a comparison
 * converts the same way, so only the numbers that people write both ways start to match.
 */
final class KanjiNumerals {

    private KanjiNumerals() {
    }

    static String toArabic(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (digit(text.charAt(i)) < 0 && multiplier(text.charAt(i)) < 0) {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && (digit(text.charAt(end)) >= 0 || multiplier(text.charAt(end)) >= 0)) {
                end++;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            out.append(value(text, i, end));
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static long value(String text, int start, int end) {
        boolean positional = true;
        for (int i = start; i < end; i++) {
            if (multiplier(text.charAt(i)) > 0) {
                positional = false;
                break;
            }
        }
        long result = 0;
        if (positional) {
            for (int i = start; i < end; i++) {
                result = result * 10 + digit(text.charAt(i));
            }
            return result;
        }
        long pending = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                pending = pending < 0 ? d : pending * 10 + d;
            } else {
                result += (pending < 0 ? 1 : pending) * multiplier(c);
                pending = -1;
            }
        }
        return pending < 0 ? result : result + pending;
    }

    private static int digit(char c) {
        switch (c) {
            case '〇': case '零': return 0;
            case '一': case '壱': return 1;
            case '二': case '弐': return 2;
            case '三': case '参': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    private static int multiplier(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': return 100;
            case '千': return 1000;
            default: return -1;
        }
    }
}
