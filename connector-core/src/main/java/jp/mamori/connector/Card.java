package jp.mamori.connector;

/** A card as a PSP describes it. Never the full number: only BIN, last four digits and a PSP fingerprint. */
public record Card(String bin, String last4, String fingerprint, String issuerCountry) {
}
