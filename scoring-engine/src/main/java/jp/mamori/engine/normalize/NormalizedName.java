package jp.mamori.engine.normalize;

/**
 * A person's name after {@link JapaneseText} basics: family and given name as written and as the buyer's
 * furigana, each without spaces, and the script the name is written in.
 */
public record NormalizedName(String family, String given, String familyKana, String givenKana, NameScript script) {

    static final NormalizedName EMPTY = new NormalizedName("", "", "", "", NameScript.EMPTY);

    /**
     * The value name keys are made of: kana folded ({@link Kana#fold}), romaji folded and order-free, and kanji
     * names as written with hiragana as katakana. Empty when there is no name.
     */
    public String matchingForm() {
        switch (script) {
            case KANA: return Kana.fold(family + given);
            case ROMAJI: return Romaji.fold(family + " " + given);
            case KANJI: return Kana.toKatakana(family + given);
            default: return "";
        }
    }

    /** The reading folded for matching: the furigana typed, or the name itself when it is written in kana. Empty if neither. */
    public String kanaMatchingForm() {
        String kana = familyKana + givenKana;
        if (!kana.isEmpty() && Kana.isKana(kana)) {
            return Kana.fold(kana);
        }
        return script == NameScript.KANA ? Kana.fold(family + given) : "";
    }
}
