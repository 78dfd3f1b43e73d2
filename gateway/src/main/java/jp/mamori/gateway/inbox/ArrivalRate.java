package jp.mamori.gateway.inbox;

import java.util.Arrays;

/**
 * Deliveries stored per second, over the last second, in ten buckets of 100 ms: enough to tell a sale's burst
 * from the steady flow within a tenth of a second, with no allocation per arrival. Time comes in as
 * nanoseconds from any fixed origin ({@link System#nanoTime()} in the gateway), so tests need no clock.
 */
final class ArrivalRate {

    private static final int BUCKETS = 10;
    private static final long BUCKET_NANOS = 100_000_000L;

    private final long[] counts = new long[BUCKETS];
    /** The bucket number (time / bucket width) each slot last counted for. */
    private final long[] slotOf = new long[BUCKETS];

    ArrivalRate() {
        Arrays.fill(slotOf, Long.MIN_VALUE);
    }

    synchronized void arrived(long nanos) {
        long bucket = Math.floorDiv(nanos, BUCKET_NANOS);
        int slot = (int) Math.floorMod(bucket, BUCKETS);
        if (slotOf[slot] != bucket) {
            slotOf[slot] = bucket;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    /** Arrivals in the second up to {@code nanos}. */
    synchronized long perSecond(long nanos) {
        long current = Math.floorDiv(nanos, BUCKET_NANOS);
        long total = 0;
        for (int slot = 0; slot < BUCKETS; slot++) {
            if (slotOf[slot] > current - BUCKETS && slotOf[slot] <= current) {
                total += counts[slot];
            }
        }
        return total;
    }
}
