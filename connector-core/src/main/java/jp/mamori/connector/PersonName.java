package jp.mamori.connector;

/** A Japanese-style name: family and given name, and the furigana the buyer typed for each. */
public record PersonName(String family, String given, String familyKana, String givenKana) {
}
