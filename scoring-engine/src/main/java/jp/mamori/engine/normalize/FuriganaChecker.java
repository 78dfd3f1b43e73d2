package jp.mamori.engine.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.mamori.connector.PersonName;

/**
 * Compares the furigana a buyer typed with the readings of the name, tolerant of voicing (ナカタ/ナカダ),
 * long vowels and small kana. Family and given name are judged apart when both have furigana, else whole.
 * Pure; the Kuromoji dictionary loads once, at first use. Thread-safe.
 */
public final class FuriganaChecker {

    /** Which part of a name is judged: given names have far more irregular readings (名乗り) than family names. */
    private enum Part { FAMILY, GIVEN, WHOLE }

    /** The dictionary knows the family name as a word and none of its readings fits: strong evidence. */
    private static final double KNOWN_FAMILY_NAME = 0.9;
    private static final double KNOWN_GIVEN_NAME = 0.7;
    private static final double KNOWN_WHOLE_NAME = 0.8;
    /** Readings put together kanji by kanji miss the irregular readings names love: weaker. */
    private static final double COMPOSED = 0.6;
    /** A given name whose furigana starts like one of its readings is a reading the dictionary lacks, or a typo. */
    private static final int SHARED_PREFIX_FOR_DOUBT = 2;

    private FuriganaChecker() {
    }

    public static FuriganaMatch check(PersonName name) {
        return check(PersonNames.normalize(name));
    }

    /** As {@link #check(PersonName)}, for a name already normalized ({@link PersonNames#normalize}). */
    public static FuriganaMatch check(NormalizedName n) {
        if (n.familyKana().isEmpty() && n.givenKana().isEmpty()) {
            return FuriganaMatch.UNKNOWN;
        }
        if (ForeignSurnames.readInItsOwnLanguage(n)) {
            // 王偉 / ワン ウェイ: a Chinese or Korean name read in its own language, beyond a Japanese dictionary.
            return FuriganaMatch.UNKNOWN;
        }
        List<FuriganaMatch> parts = new ArrayList<>(2);
        if (n.script() == NameScript.ROMAJI) {
            // Romaji names come in either order (Taro Yamada), so the words are compared as a set.
            return romaji(n.family() + " " + n.given(), n.familyKana() + " " + n.givenKana());
        }
        if (!n.familyKana().isEmpty() && !n.givenKana().isEmpty() && !n.given().isEmpty()) {
            parts.add(part(Part.FAMILY, n.family(), n.familyKana(), n.script()));
            parts.add(part(Part.GIVEN, n.given(), n.givenKana(), n.script()));
        } else {
            parts.add(part(Part.WHOLE, n.family() + n.given(), n.familyKana() + n.givenKana(), n.script()));
        }
        return combine(parts);
    }

    private static FuriganaMatch combine(List<FuriganaMatch> parts) {
        FuriganaMatch mismatch = null;
        double matchConfidence = 1;
        boolean allMatch = true;
        for (FuriganaMatch part : parts) {
            if (part.verdict() == ReadingVerdict.MISMATCH
                    && (mismatch == null || part.confidence() > mismatch.confidence())) {
                mismatch = part;
            }
            allMatch &= part.verdict() == ReadingVerdict.MATCH;
            matchConfidence = Math.min(matchConfidence, part.confidence());
        }
        if (mismatch != null) {
            return mismatch;
        }
        return allMatch ? new FuriganaMatch(ReadingVerdict.MATCH, matchConfidence) : FuriganaMatch.UNKNOWN;
    }

    private static FuriganaMatch part(Part part, String written, String kana, NameScript script) {
        if (written.isEmpty() || !Kana.isKana(kana)) {
            return FuriganaMatch.UNKNOWN; // furigana in kanji or letters: nothing to compare
        }
        switch (script) {
            case KANA:
                return Kana.foldUnvoiced(written).equals(Kana.foldUnvoiced(kana))
                        ? new FuriganaMatch(ReadingVerdict.MATCH, 1) : new FuriganaMatch(ReadingVerdict.MISMATCH, 1);
            case KANJI:
                return kanji(part, written, kana);
            default:
                return FuriganaMatch.UNKNOWN;
        }
    }

    private static FuriganaMatch kanji(Part part, String written, String kana) {
        NameReadings.Readings readings = NameReadings.of(written);
        if (readings.isEmpty()) {
            return FuriganaMatch.UNKNOWN;
        }
        String typed = Kana.foldUnvoiced(kana);
        if (readings.folded().contains(typed)) {
            return new FuriganaMatch(ReadingVerdict.MATCH, readings.wholeWord() ? 1 : 0.8);
        }
        if (part == Part.FAMILY && readings.wholeWord()) {
            return new FuriganaMatch(ReadingVerdict.MISMATCH, KNOWN_FAMILY_NAME);
        }
        if (part == Part.GIVEN && startsLikeAReading(readings, typed)) {
            return FuriganaMatch.UNKNOWN;
        }
        if (readings.wholeWord()) {
            return new FuriganaMatch(ReadingVerdict.MISMATCH, part == Part.GIVEN ? KNOWN_GIVEN_NAME : KNOWN_WHOLE_NAME);
        }
        return part == Part.GIVEN ? FuriganaMatch.UNKNOWN : new FuriganaMatch(ReadingVerdict.MISMATCH, COMPOSED);
    }

    private static boolean startsLikeAReading(NameReadings.Readings readings, String typed) {
        for (String reading : readings.folded()) {
            if (sharedPrefix(reading, typed) >= SHARED_PREFIX_FOR_DOUBT) {
                return true;
            }
        }
        return false;
    }

    private static FuriganaMatch romaji(String written, String kana) {
        String[] typed = JapaneseText.normalize(kana).strip().split(" ");
        for (int i = 0; i < typed.length; i++) {
            if (!Kana.isKana(typed[i])) {
                return FuriganaMatch.UNKNOWN;
            }
            typed[i] = Romaji.ofKana(typed[i]);
        }
        Arrays.sort(typed);
        return Romaji.fold(written).equals(String.join(" ", typed))
                ? new FuriganaMatch(ReadingVerdict.MATCH, 1) : new FuriganaMatch(ReadingVerdict.MISMATCH, COMPOSED);
    }

    private static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
