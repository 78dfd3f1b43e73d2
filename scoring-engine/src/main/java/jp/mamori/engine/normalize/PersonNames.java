package jp.mamori.engine.normalize;

import jp.mamori.connector.PersonName;

/** Normalizes the names buyers type. Pure and thread-safe. */
public final class PersonNames {

    private PersonNames() {
    }

    /**
     * A name in its normalized parts. When the family field holds the whole name and given is empty, it is split
     * at the first space of any width; a kanji name without a space is split after the longest family name the
     * dictionary knows (山田太郎 → 山田 / 太郎), and otherwise stays whole in {@code family}.
     */
    public static NormalizedName normalize(PersonName name) {
        if (name == null) {
            return NormalizedName.EMPTY;
        }
        String[] written = split(name.family(), name.given());
        NameScript script = script(written[0] + written[1]);
        if (script == NameScript.KANJI && written[1].isEmpty()) {
            int family = NameReadings.familyNameLength(written[0]);
            if (family > 0) {
                written = new String[] {written[0].substring(0, family), written[0].substring(family)};
            }
        }
        String[] kana = split(name.familyKana(), name.givenKana());
        return new NormalizedName(written[0], written[1], kana[0], kana[1], script);
    }

    private static String[] split(String family, String given) {
        String f = JapaneseText.normalize(family);
        String g = JapaneseText.normalize(given);
        if (g.isEmpty()) {
            int space = f.indexOf(' ');
            if (space > 0) {
                return new String[] {f.substring(0, space), f.substring(space + 1).replace(" ", "")};
            }
        }
        return new String[] {f.replace(" ", ""), g.replace(" ", "")};
    }

    private static NameScript script(String name) {
        if (name.isEmpty()) {
            return NameScript.EMPTY;
        }
        if (Romaji.is(name)) {
            return NameScript.ROMAJI;
        }
        return Kana.isKana(name) ? NameScript.KANA : NameScript.KANJI;
    }
}
