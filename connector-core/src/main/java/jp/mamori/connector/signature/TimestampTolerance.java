package jp.mamori.connector.signature;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Whether a signed timestamp is close enough to now to rule out a replayed delivery. */
public final class TimestampTolerance {

    private TimestampTolerance() {
    }

    /**
     * True when {@code signedAt} (unix seconds) lies within {@code tolerance} of {@code now}, earlier
     * or later: a sender's clock can run ahead of ours as well as behind.
     */
    public static boolean allows(long signedAt, Instant now, Duration tolerance) {
        // A forged timestamp can be any long; beyond what an Instant holds it is simply too far.
        if (signedAt < Instant.MIN.getEpochSecond() || signedAt > Instant.MAX.getEpochSecond()) {
            return false;
        }
        // Senders sign whole seconds, so the bound is measured in whole seconds, as Stripe's libraries do.
        Duration skew = Duration.between(now.truncatedTo(ChronoUnit.SECONDS), Instant.ofEpochSecond(signedAt));
        return skew.abs().compareTo(tolerance) <= 0;
    }
}
