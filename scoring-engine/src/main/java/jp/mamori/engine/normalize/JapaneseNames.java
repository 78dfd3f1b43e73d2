package jp.mamori.engine.normalize;

/**
 * Whether a name is written the way a Japanese person's is: in kanji, with a family name the dictionary knows as a
 * Japanese family name. The common Chinese and Korean family names residents from abroad bear (王, 金, 陳, 林: those
 * of {@code foreign-surname-readings.tsv}) never count, whatever their furigana, since many residents give them a
 * Japanese reading (陳 チン) and some Japanese families share them (林 はやし): such a name tells nothing either way.
 */
public final class JapaneseNames {

    private JapaneseNames() {
    }

    public static boolean isJapanese(NormalizedName name) {
        return name.script() == NameScript.KANJI
                && !name.family().isEmpty()
                && !ForeignSurnames.isListed(name.family())
                && NameReadings.isFamilyName(name.family());
    }
}
