package jp.mamori.bench.load;

import java.time.Duration;

/**
 * When each request is meant to start, relative to the start of a run: arrival {@code i} at
 * {@code i / rate} seconds, whatever happened to the requests before it. Latency is measured from
 * these intended starts, so a stalled target is charged for the requests it kept waiting
 * (no coordinated omission). Arrivals before {@code warmup} are sent but not measured.
 */
public record ArrivalSchedule(long rate, Duration warmup, Duration measured) {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** How many requests the run sends: every arrival whose start lies before warm-up + measured time. */
    public long arrivals() {
        return arrivalsBefore(warmup.plus(measured));
    }

    /** The index of the first measured arrival: the first one that starts at or after the warm-up. */
    public long firstMeasured() {
        return arrivalsBefore(warmup);
    }

    public boolean isMeasured(long arrival) {
        return arrival >= firstMeasured();
    }

    /** When arrival {@code i} is meant to start, in nanoseconds after the run starts. */
    public long offsetNanos(long arrival) {
        return Math.multiplyExact(arrival, NANOS_PER_SECOND) / rate;
    }

    private long arrivalsBefore(Duration elapsed) {
        long scaled = Math.multiplyExact(elapsed.toNanos(), rate);
        return -Math.floorDiv(-scaled, NANOS_PER_SECOND);
    }
}
