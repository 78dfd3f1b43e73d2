package jp.mamori.connector;

/**
 * A card as a PSP describes it. Never the full number: only BIN, last four digits and a PSP fingerprint.
 * {@code cvcResult} and {@code avsResult} are what the issuer said of the security code and of the billing address
 * when the PSP asked, in Mamori's words: {@value #MATCH}, {@value #MISMATCH} or {@value #NOT_CHECKED}
 * (docs/reason-codes.md maps Stripe's and Adyen's values onto them); null when the caller did not say.
 */
public record Card(String bin, String last4, String fingerprint, String issuerCountry, String cvcResult, String avsResult) {

    /** The issuer checked and the value is the cardholder's. */
    public static final String MATCH = "match";
    /** The issuer checked and the value is not the cardholder's (for AVS: the street or the postal code). */
    public static final String MISMATCH = "mismatch";
    /** Nothing was checked: not sent, not supported by the issuer, or no answer. */
    public static final String NOT_CHECKED = "not_checked";

    /** A card without the PSP's CVC and AVS results, as most callers know it. */
    public Card(String bin, String last4, String fingerprint, String issuerCountry) {
        this(bin, last4, fingerprint, issuerCountry, null, null);
    }
}
