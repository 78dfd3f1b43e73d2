package jp.mamori.bench.load;

import java.time.Duration;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Counts and latencies of the measured requests to one target, recorded from the client's I/O threads.
 * An answer that did not succeed is counted by its status, even a 2xx one.
 */
public final class TargetTally {

    private final Histogram latencyMicros = new ConcurrentHistogram(3);
    private final LongAdder sent = new LongAdder();
    private final LongAdder succeeded = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final Map<Integer, LongAdder> rejectedByStatus = new ConcurrentHashMap<>();
    private final AtomicLong lastAnswerNanos = new AtomicLong(Long.MIN_VALUE);
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    public void sent() {
        sent.increment();
    }

    /** An arrival that found every connection busy: the target is not keeping up. */
    public void dropped() {
        dropped.increment();
    }

    public void answered(Answer answer, long intendedStartNanos, long answeredNanos) {
        lastAnswerNanos.accumulateAndGet(answeredNanos, Math::max);
        int status = answer.status();
        if (answer.succeeded()) {
            succeeded.increment();
            latencyMicros.recordValue(TimeUnit.NANOSECONDS.toMicros(answeredNanos - intendedStartNanos));
        } else {
            rejected.increment();
            rejectedByStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        }
    }

    /** No HTTP answer: refused or reset connection, timeout. */
    public void failed(Throwable cause) {
        failed.increment();
        String name = cause.getClass().getSimpleName();
        firstFailure.compareAndSet(null, cause.getMessage() == null ? name : name + ": " + cause.getMessage());
    }

    /**
     * The result for the measured window that began at {@code measureStartNanos}. Requests still
     * without an answer count as failed. Throughput is over the measured time, or longer if the
     * last answers came after it.
     */
    public TargetResult result(String target, long measureStartNanos, Duration measured) {
        long answeredAfter = lastAnswerNanos.get() - measureStartNanos;
        double seconds = Math.max(measured.toNanos(), answeredAfter) / 1e9;
        long ok = succeeded.sum();
        long notOk = rejected.sum();
        long sentCount = sent.sum();
        long unanswered = Math.max(0, sentCount - ok - notOk - failed.sum());
        Map<Integer, Long> statuses = new HashMap<>();
        rejectedByStatus.forEach((status, count) -> statuses.put(status, count.sum()));
        return new TargetResult(target, sentCount, ok, notOk, failed.sum() + unanswered, dropped.sum(),
                ok / seconds,
                latencyMicros.getValueAtPercentile(50), latencyMicros.getValueAtPercentile(99),
                latencyMicros.getValueAtPercentile(99.9), latencyMicros.getMaxValue(),
                statuses, firstFailure.get());
    }
}
