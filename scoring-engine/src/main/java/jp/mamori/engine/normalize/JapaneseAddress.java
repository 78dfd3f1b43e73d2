package jp.mamori.engine.normalize;

import java.util.Set;

/**
 * An address parsed into the parts Japanese addresses have, each in matching form (kanji numerals as
 * digits, hiragana as katakana, no spaces): prefecture (都道府県), municipality (市区町村, with 郡 or the
 * 政令市 before its 区), town (町域, 大字 dropped), block (丁目・番地・号 as {@code N-N-N}), building and room.
 * A part that is absent or could not be found is the empty string.
 */
public record JapaneseAddress(
        String postalCode,
        String prefecture,
        String municipality,
        String town,
        String block,
        String building,
        String room,
        Set<AddressFlag> flags) {

    public JapaneseAddress {
        flags = Set.copyOf(flags);
    }

    /**
     * The value the address key is made of. The building name counts only when there is no room number:
     * a block (番・号) with a room already names one dwelling, and fraudsters drop or reword the building
     * name (メゾン山田 201 / 201号室) to slip past per-address limits. Empty when the address cannot be placed.
     */
    public String matchingForm() {
        if (municipality.isEmpty() && town.isEmpty()) {
            return ""; // nothing that places the address
        }
        String dwelling = room.isEmpty() ? building : "#" + room;
        return prefecture + "|" + municipality + "|" + town + "|" + block + "|" + dwelling;
    }

    public boolean has(AddressFlag flag) {
        return flags.contains(flag);
    }
}
