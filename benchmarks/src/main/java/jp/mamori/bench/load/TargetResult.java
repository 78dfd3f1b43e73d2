package jp.mamori.bench.load;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one target did during the measured part of a run. Latencies, in microseconds from each
 * request's intended start, cover the 2xx answers only.
 */
public record TargetResult(
        String target,
        long sent,
        long succeeded,
        long rejected,
        long failed,
        long dropped,
        double throughput,
        long p50Micros,
        long p99Micros,
        long p999Micros,
        long maxMicros,
        Map<Integer, Long> rejectedByStatus,
        String firstFailure) {

    public TargetResult {
        rejectedByStatus = Collections.unmodifiableMap(new TreeMap<>(rejectedByStatus));
    }
}
