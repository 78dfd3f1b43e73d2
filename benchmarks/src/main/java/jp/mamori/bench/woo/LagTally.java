package jp.mamori.bench.woo;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * The measured orders of the lag phase that the gateway stored, each with the instant its delivery
 * was meant to go out. Lag is taken from that intended instant, not from when the delivery went out,
 * so a stalled gateway is charged for the deliveries it kept waiting, as in the answer latencies.
 */
final class LagTally {

    private final Map<Long, Long> intendedStartNanos = new ConcurrentHashMap<>();

    /** Order {@code orderId}'s delivery, due at {@code intendedStartNanos}, was answered as stored. */
    void stored(long orderId, long intendedStartNanos) {
        this.intendedStartNanos.put(orderId, intendedStartNanos);
    }

    boolean allWrittenBack(WriteBackLog log) {
        return intendedStartNanos.keySet().stream().allMatch(orderId -> log.noteSeenAt(orderId).isPresent());
    }

    /** The lags of the orders written back by now; the others count as missing. */
    LagResult result(WriteBackLog log) {
        Histogram lagMicros = new Histogram(3);
        intendedStartNanos.forEach((orderId, intended) -> {
            OptionalLong seen = log.noteSeenAt(orderId);
            if (seen.isPresent()) {
                lagMicros.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(seen.getAsLong() - intended)));
            }
        });
        long writtenBack = lagMicros.getTotalCount();
        return new LagResult(intendedStartNanos.size(), writtenBack, intendedStartNanos.size() - writtenBack,
                lagMicros.getValueAtPercentile(50), lagMicros.getValueAtPercentile(99),
                lagMicros.getValueAtPercentile(99.9), lagMicros.getMaxValue());
    }
}
