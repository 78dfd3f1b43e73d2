package jp.mamori.engine.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.TokenInfoFST;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;

/**
 * Candidate readings of a written name, from the IPADIC dictionary bundled with Lucene Kuromoji. Names are
 * read every way the dictionary allows, not just the tokenizer's best path: each split of the name into
 * dictionary words, each reading of each word. Kana in the name read as themselves. The dictionary loads once.
 * Readings are remembered for the {@value #REMEMBERED_NAMES} names last read: a few thousand family and given
 * names are most of those people have, and reading one walks the dictionary from every position of it.
 */
final class NameReadings {

    /** Enough for the names people have; a name past this many readings is read partly only. */
    private static final int MAX_READINGS_PER_POSITION = 256;
    /** IPADIC's part of speech for family names, 名詞-固有名詞-人名-姓. */
    private static final String FAMILY_NAME = "人名-姓";
    private static final int REMEMBERED_NAMES = 4096;
    private static final Memo<String, Readings> READINGS = new Memo<>(NameReadings::read, REMEMBERED_NAMES);

    /** The readings found (folded, unvoiced; unmodifiable), and whether the whole name is one dictionary word. */
    record Readings(Set<String> folded, boolean wholeWord) {
        boolean isEmpty() {
            return folded.isEmpty();
        }
    }

    private static final class Dictionary {
        static final TokenInfoDictionary INSTANCE = TokenInfoDictionary.getInstance();
    }

    private NameReadings() {
    }

    static Readings of(String name) {
        return READINGS.apply(name);
    }

    private static Readings read(String name) {
        TokenInfoDictionary dictionary = Dictionary.INSTANCE;
        TokenInfoFST fst = dictionary.getFST();
        FST.BytesReader reader = fst.getBytesReader();
        char[] chars = name.toCharArray();
        List<Set<String>> readingsUpTo = new ArrayList<>(chars.length + 1);
        for (int i = 0; i <= chars.length; i++) {
            readingsUpTo.add(new LinkedHashSet<>());
        }
        readingsUpTo.get(0).add("");
        boolean wholeWord = false;
        IntsRef wordIds = new IntsRef();
        try {
            for (int start = 0; start < chars.length; start++) {
                Set<String> before = readingsUpTo.get(start);
                if (before.isEmpty()) {
                    continue;
                }
                char kana = Kana.katakana(chars[start]);
                if (kana >= 0x30A1 && kana <= 0x30FA || kana == 'ー') {
                    extend(before, String.valueOf(kana), readingsUpTo.get(start + 1));
                }
                FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
                long output = 0;
                for (int end = start; end < chars.length; end++) {
                    arc = fst.findTargetArc(chars[end], arc, arc, end == start, reader);
                    if (arc == null) {
                        break;
                    }
                    output += arc.output();
                    if (arc.isFinal()) {
                        dictionary.lookupWordIds((int) (output + arc.nextFinalOutput()), wordIds);
                        for (int k = 0; k < wordIds.length; k++) {
                            String reading = dictionary.getReading(wordIds.ints[wordIds.offset + k], chars, start, end + 1 - start);
                            if (reading != null) {
                                extend(before, reading, readingsUpTo.get(end + 1));
                                wholeWord |= start == 0 && end == chars.length - 1;
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Kuromoji dictionary could not be read", e);
        }
        Set<String> folded = new LinkedHashSet<>();
        for (String reading : readingsUpTo.get(chars.length)) {
            folded.add(Kana.foldUnvoiced(reading));
        }
        return new Readings(Collections.unmodifiableSet(folded), wholeWord);
    }

    /**
     * The length of the longest family name (a dictionary word tagged 人名・姓) that {@code name} starts with and that
     * leaves a given name after it; 0 when there is none.
     */
    static int familyNameLength(String name) {
        TokenInfoDictionary dictionary = Dictionary.INSTANCE;
        TokenInfoFST fst = dictionary.getFST();
        FST.BytesReader reader = fst.getBytesReader();
        IntsRef wordIds = new IntsRef();
        int longest = 0;
        try {
            FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
            long output = 0;
            for (int end = 0; end < name.length() - 1; end++) {
                arc = fst.findTargetArc(name.charAt(end), arc, arc, end == 0, reader);
                if (arc == null) {
                    break;
                }
                output += arc.output();
                if (arc.isFinal()) {
                    dictionary.lookupWordIds((int) (output + arc.nextFinalOutput()), wordIds);
                    for (int k = 0; k < wordIds.length; k++) {
                        if (dictionary.getPartOfSpeech(wordIds.ints[wordIds.offset + k]).endsWith(FAMILY_NAME)) {
                            longest = end + 1;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Kuromoji dictionary could not be read", e);
        }
        return longest;
    }

    /** Whether the dictionary knows {@code word} as a whole as a family name (a word tagged 人名・姓). */
    static boolean isFamilyName(String word) {
        TokenInfoDictionary dictionary = Dictionary.INSTANCE;
        TokenInfoFST fst = dictionary.getFST();
        FST.BytesReader reader = fst.getBytesReader();
        try {
            FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
            long output = 0;
            for (int i = 0; i < word.length(); i++) {
                arc = fst.findTargetArc(word.charAt(i), arc, arc, i == 0, reader);
                if (arc == null) {
                    return false;
                }
                output += arc.output();
            }
            if (word.isEmpty() || !arc.isFinal()) {
                return false;
            }
            IntsRef wordIds = new IntsRef();
            dictionary.lookupWordIds((int) (output + arc.nextFinalOutput()), wordIds);
            for (int k = 0; k < wordIds.length; k++) {
                if (dictionary.getPartOfSpeech(wordIds.ints[wordIds.offset + k]).endsWith(FAMILY_NAME)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Kuromoji dictionary could not be read", e);
        }
    }

    private static void extend(Set<String> before, String reading, Set<String> after) {
        for (String prefix : before) {
            if (after.size() >= MAX_READINGS_PER_POSITION) {
                return;
            }
            after.add(prefix + reading);
        }
    }
}
