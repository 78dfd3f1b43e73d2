package jp.mamori.woocommerce;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.ScreeningRequest;

/**
 * A fingerprint of exactly what a screening looks at: the SHA-256 of the translated
 * {@link ScreeningRequest} in its wire form. Status, modification dates, notes and Mamori's own meta
 * are not part of the request, so the echo of a write-back has the fingerprint of the order that was
 * screened, while a new address, item or amount changes it. Amounts are written without trailing
 * zeros, so a shop switching from 0 to 2 decimals does not make every order look changed.
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
