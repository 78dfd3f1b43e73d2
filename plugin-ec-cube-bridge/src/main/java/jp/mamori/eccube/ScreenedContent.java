package jp.mamori.eccube;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.ScreeningRequest;

/**
 * A fingerprint of exactly what a screening looks at: the SHA-256 of the translated
 * {@link ScreeningRequest} in its wire form. EC-CUBE reports an order as updated for every change,
 * including its status, a shipping date or Mamori's own write-back; none of those are part of the
 * request, so only a new address, item or amount changes the fingerprint.
 */
public record ScreenedContent(String fingerprint) {

    // Writing never consults the clock; ScreeningJson only needs one for reading.
    private static final ScreeningJson WIRE = new ScreeningJson(Clock.systemUTC());

    public static ScreenedContent of(ScreeningRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(WIRE.write(request));
            return new ScreenedContent(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime ships SHA-256.
            throw new IllegalStateException(e);
        }
    }

    /** Whether the order has the content a screening was made of. */
    public boolean matches(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }
}
