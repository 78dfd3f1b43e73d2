package jp.mamori.bench.woo;

/**
 * End-to-end lag of the lag phase: from each stored order's intended delivery instant to the shop
 * seeing its note, in microseconds, over the orders written back within the grace period.
 */
public record LagResult(long stored, long writtenBack, long missing,
                        long p50Micros, long p99Micros, long p999Micros, long maxMicros) {
}
