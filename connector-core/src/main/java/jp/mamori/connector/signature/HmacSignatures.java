package jp.mamori.connector.signature;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * HMAC-SHA256 signatures over the exact bytes a sender signed, under every secret currently
 * accepted: while a secret is rotated, deliveries signed with the old one are still in flight.
 * Signatures are compared in constant time, and a malformed one is just {@link Verification#INVALID}.
 */
public final class HmacSignatures {

    private final Encoding encoding;
    private final List<Secret> secrets;

    /** {@code secrets} are all accepted; the first is the current one, which {@link #sign} uses. */
    public HmacSignatures(Encoding encoding, List<Secret> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret is needed");
        }
        this.encoding = Objects.requireNonNull(encoding);
        this.secrets = List.copyOf(secrets);
    }

    /** The signature a sender holding the current secret puts on {@code data}. */
    public String sign(byte[] data) {
        return encoding.encode(secrets.get(0).sign(data));
    }

    /** Checks the one signature a sender presented, {@code null} when it presented none. */
    public Verification verify(byte[] signedData, String presented) {
        return verify(signedData, presented == null ? List.of() : List.of(presented));
    }

    /**
     * Checks the signatures a sender presented (Stripe sends several while it rolls its own secret);
     * one made by any accepted secret is enough. Null or blank entries count as not presented.
     */
    public Verification verify(byte[] signedData, Collection<String> presented) {
        List<String> given = presented.stream().filter(s -> s != null && !s.isBlank()).toList();
        if (given.isEmpty()) {
            return Verification.MISSING;
        }
        List<byte[]> candidates = given.stream().map(encoding::decode).flatMap(Optional::stream).toList();
        boolean signed = secrets.stream()
                .map(secret -> secret.sign(signedData))
                .anyMatch(expected -> candidates.stream().anyMatch(c -> MessageDigest.isEqual(expected, c)));
        return signed ? Verification.VALID : Verification.INVALID;
    }

    /**
     * As {@link #verify(byte[], Collection)} for a scheme that also signs a timestamp, {@code signedAt}
     * in unix seconds, which must lie within {@code tolerance} of {@code now}.
     */
    public Verification verify(byte[] signedData, Collection<String> presented, long signedAt, Instant now,
            Duration tolerance) {
        Verification verification = verify(signedData, presented);
        // Age counts only once the signature holds: an unsigned timestamp proves nothing, and a
        // forgery stays INVALID whatever time it claims.
        if (verification == Verification.VALID && !TimestampTolerance.allows(signedAt, now, tolerance)) {
            return Verification.EXPIRED;
        }
        return verification;
    }
}
