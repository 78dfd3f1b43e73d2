package jp.mamori.gateway.retention;

import java.time.Duration;

import jp.mamori.engine.Policy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the retention pass under {@code mamori.*} ({@code MAMORI_SCREENINGS_KEPT_FOR},
 * {@code MAMORI_IDEMPOTENCY_KEYS_KEPT_FOR}, {@code MAMORI_RETENTION_INTERVAL}, {@code MAMORI_RETENTION_BATCH_SIZE},
 * {@code MAMORI_RETENTION_BATCHES_PER_PASS}).
 *
 * @param screeningsKeptFor        how long a screening is kept, with its keys, order facts, reviews, feedback,
 *                                 authorizations and the rows of its EC-CUBE order; at least as long as the engine
 *                                 reads screenings back at start, see {@link #engineReadsBack}
 * @param idempotencyKeysKeptFor   how long an Idempotency-Key answers a retry with its first screening; at least a day,
 *                                 so that a webhook delivery's retries (about an hour) and a client's next-day retry
 *                                 still find it
 * @param retentionInterval        how often a pass runs
 * @param retentionBatchSize       screenings (each with its rows: some ten identity keys, reviews, feedback…) or
 *                                 idempotency keys deleted per commit. Every write waits while a commit runs, and a PSP's
 *                                 authorization has 200 ms by default: 100 screenings held the storage writer 30–70 ms
 *                                 in a commit, 1,000 350–480 ms (H2, 2 cores, nine keys a screening)
 * @param retentionBatchesPerPass  commits of each kind per pass at most, so that a pass over a large backlog (the first
 *                                 after an upgrade) ends well within the interval; what is left waits for the next pass
 */
@ConfigurationProperties("mamori")
public record RetentionProperties(Duration screeningsKeptFor, Duration idempotencyKeysKeptFor, Duration retentionInterval,
                                  Integer retentionBatchSize, Integer retentionBatchesPerPass) {

    static final String SCREENINGS_KEPT_FOR = "mamori.screenings-kept-for (MAMORI_SCREENINGS_KEPT_FOR)";
    static final String IDEMPOTENCY_KEYS_KEPT_FOR = "mamori.idempotency-keys-kept-for (MAMORI_IDEMPOTENCY_KEYS_KEPT_FOR)";

    public RetentionProperties {
        screeningsKeptFor = screeningsKeptFor == null ? Duration.ofDays(400) : screeningsKeptFor;
        Policy engine = Policy.defaultPolicy();
        Duration readBack = engineReadsBack(engine);
        if (screeningsKeptFor.compareTo(readBack) < 0) {
            throw new IllegalArgumentException(SCREENINGS_KEPT_FOR + " is " + written(screeningsKeptFor)
                    + ": it must be at least " + written(readBack) + ", as far back as the engine rebuilds its "
                    + "first-purchase and velocity state from stored screenings at start (policy " + engine.version()
                    + ", checks.first_purchase_lookback); shorter, a repeat first-purchase-only order would pass "
                    + "unnoticed after a restart");
        }
        idempotencyKeysKeptFor = idempotencyKeysKeptFor == null ? Duration.ofDays(7) : idempotencyKeysKeptFor;
        if (idempotencyKeysKeptFor.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException(IDEMPOTENCY_KEYS_KEPT_FOR + " is " + written(idempotencyKeysKeptFor)
                    + ": it must be at least P1D, or a retried request or webhook delivery would be screened again");
        }
        retentionInterval = retentionInterval == null ? Duration.ofHours(1) : retentionInterval;
        if (retentionInterval.isNegative() || retentionInterval.isZero()) {
            throw new IllegalArgumentException("mamori.retention-interval must be positive");
        }
        retentionBatchSize = retentionBatchSize == null ? 100 : retentionBatchSize;
        if (retentionBatchSize < 1) {
            throw new IllegalArgumentException("mamori.retention-batch-size must be at least 1");
        }
        retentionBatchesPerPass = retentionBatchesPerPass == null ? 1_000 : retentionBatchesPerPass;
        if (retentionBatchesPerPass < 1) {
            throw new IllegalArgumentException("mamori.retention-batches-per-pass must be at least 1");
        }
    }

    /**
     * How far back the engine reads stored screenings at start (EngineConfiguration): first-purchase-only orders back
     * to the lookback, every order back to velocity's longest window. Merchants' own policies may look no further
     * (StateBounds), so the shipped policy bounds them all.
     */
    static Duration engineReadsBack(Policy engine) {
        Duration lookback = engine.checks().firstPurchaseLookback();
        Duration velocity = engine.velocityRetention();
        return lookback.compareTo(velocity) >= 0 ? lookback : velocity;
    }

    /** A keep as the README writes it: whole days as {@code P400D}, not as {@code Duration}'s {@code PT9600H}. */
    static String written(Duration keep) {
        return keep.equals(Duration.ofDays(keep.toDays())) ? "P" + keep.toDays() + "D" : keep.toString();
    }
}
