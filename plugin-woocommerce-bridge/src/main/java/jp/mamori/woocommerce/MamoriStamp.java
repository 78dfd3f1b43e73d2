package jp.mamori.woocommerce;

/**
 * What Mamori's write-back leaves in an order's meta, as found in a later delivery of the order:
 * the decision and screening, and the fingerprint of the content that was screened. An
 * {@code order.updated} whose stamp fingerprint matches the order's own content is the echo of
 * Mamori's write-back, not a change.
 */
public record MamoriStamp(String screeningId, String decision, String fingerprint) {

    public static final String DECISION = "_mamori_decision";
    public static final String SCORE = "_mamori_score";
    public static final String SCREENING_ID = "_mamori_screening_id";
    public static final String FINGERPRINT = "_mamori_fingerprint";
}
