package jp.mamori.engine.normalize;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/** Romaji names: recognising them and folding the Hepburn variants people write (Satō, Satou, Satoh, Sato). */
final class Romaji {

    private static final Pattern WORD_BREAK = Pattern.compile("[ .\\-']+");
    private static final Pattern LONG_O = Pattern.compile("o[uo]|oh(?![aeiou])");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Transliterator KANA_TO_LATIN = Transliterator.getInstance("Katakana-Latin; Latin-ASCII");

    private Romaji() {
    }

    /** Whether the normalized name is written in Latin letters (with spaces, dots, hyphens, apostrophes). */
    static boolean is(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xC0 && c <= 0x24F) {
                letter = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '\'') {
                return false;
            }
        }
        return letter;
    }

    /**
     * A romaji name folded for matching: lower case, long vowels as one vowel, and its words sorted, since
     * Japanese names in Latin letters come in either order (Taro Yamada, YAMADA Taro).
     */
    static String fold(String name) {
        String[] words = WORD_BREAK.split(ascii(name).toLowerCase(Locale.ROOT).strip());
        for (int i = 0; i < words.length; i++) {
            words[i] = foldLongVowels(words[i]);
        }
        Arrays.sort(words);
        return String.join(" ", words).strip();
    }

    /** The Hepburn spelling of a reading in kana, folded like {@link #fold} (word order kept). */
    static String ofKana(String kana) {
        String latin;
        synchronized (KANA_TO_LATIN) { // ICU transliterators are not documented as thread-safe
            latin = KANA_TO_LATIN.transliterate(Kana.toKatakana(kana));
        }
        return foldLongVowels(NOT_LETTER.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ā': case 'â': out.append('a'); break;
                case 'ī': case 'î': out.append('i'); break;
                case 'ū': case 'û': out.append('u'); break;
                case 'ē': case 'ê': out.append('e'); break;
                case 'ō': case 'ô': out.append('o'); break;
                case 'Ā': case 'Â': out.append('A'); break;
                case 'Ū': case 'Û': out.append('U'); break;
                case 'Ō': case 'Ô': out.append('O'); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    // ou, oo and oh before a consonant or the end are one long o; uu one long u; ei is kept (Keiko is not Keko).
    private static String foldLongVowels(String word) {
        return LONG_O.matcher(word).replaceAll("o").replace("uu", "u");
    }
}
