package jp.mamori.connector;

import java.time.Clock;

/**
 * A fingerprint of exactly what a screening looks at: the SHA-256 of a {@link ScreeningRequest} in its wire form
 * ({@link ScreeningJson#write}), so it is also the request's hash that the screening port compares under an
 * idempotency key. A platform reports an order as changed for every change, including its status, notes,
 * modification dates and Mamori's own write-back; none of those are part of the request, so the echo of a
 * write-back has the fingerprint of the order that was screened, while a new address, item or amount changes it.
 * Amounts are written without trailing zeros, so a shop switching from 0 to 2 decimals does not make every order
 * look changed.
 */
public record ScreenedContent(String fingerprint) {

    // Writing never consults the clock; ScreeningJson only needs one for reading.
    private static final ScreeningJson WIRE = new ScreeningJson(Clock.systemUTC());

    public static ScreenedContent of(ScreeningRequest request) {
        return new ScreenedContent(Sha256.hex(WIRE.write(request)));
    }

    /** Whether the order has the content a screening was made of. */
    public boolean matches(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }
}
