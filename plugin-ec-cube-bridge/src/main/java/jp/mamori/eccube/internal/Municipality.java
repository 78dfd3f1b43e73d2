package jp.mamori.eccube.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits EC-CUBE's {@code addr01} (市区町村名, "city and town" in one field, such as 大阪市北区梅田) into
 * the municipality and the rest. Only the shapes that are unambiguous are split: a designated city's
 * ward (○○市○○区), a town or village in a district (○○郡○○町), and otherwise the first 市, 区, 町 or 村.
 * A city whose name itself holds one of those characters (四日市市) is cut early, but the text stays
 * in order across locality and line1, and the engine's address parser reads the two together.
 */
public final class Municipality {

    private static final Pattern SPLIT = Pattern.compile("^(.+?郡.+?[町村]|.+?市.+?区|.+?[市区町村])(.*)$");

    private Municipality() {
    }

    /** The municipality and what follows it ({@code null} when nothing does); the whole text when no shape fits. */
    public static String[] split(String addr01) {
        Matcher matcher = SPLIT.matcher(addr01);
        if (!matcher.matches()) {
            return new String[] {addr01, null};
        }
        String rest = matcher.group(2).trim();
        return new String[] {matcher.group(1), rest.isEmpty() ? null : rest};
    }
}
