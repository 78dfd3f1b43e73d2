package jp.mamori.engine.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Velocity in this process's memory: per key, a sorted array of event times in milliseconds.
 * Events older than {@code retention} before the newest event of a key are dropped when that key
 * is next written, so memory follows the traffic of the retention window, not all of history.
 * Events may arrive out of order (history replay), and are kept sorted.
 */
public final class InMemoryVelocityStore implements VelocityStore {

    private final long retentionMillis;
    private final ConcurrentHashMap<String, Events> events = new ConcurrentHashMap<>();

    public InMemoryVelocityStore(Duration retention) {
        this.retentionMillis = retention.toMillis();
    }

    @Override
    public void add(String key, Instant at) {
        events.computeIfAbsent(key, k -> new Events()).add(at.toEpochMilli(), retentionMillis);
    }

    @Override
    public int count(String key, Instant from, Instant to) {
        Events keyEvents = events.get(key);
        return keyEvents == null ? 0 : keyEvents.count(from.toEpochMilli(), to.toEpochMilli());
    }

    /** Number of keys held, for metrics and tests. */
    public int keys() {
        return events.size();
    }

    private static final class Events {
        private long[] times = new long[2];
        private int size;

        synchronized void add(long time, long retention) {
            int at = upperBound(time);
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
            }
            System.arraycopy(times, at, times, at + 1, size - at);
            times[at] = time;
            size++;
            long horizon = times[size - 1] - retention;
            int expired = upperBound(horizon);
            if (expired > 0) {
                System.arraycopy(times, expired, times, 0, size - expired);
                size -= expired;
            }
        }

        synchronized int count(long fromExclusive, long toInclusive) {
            if (fromExclusive >= toInclusive) {
                return 0;
            }
            return upperBound(toInclusive) - upperBound(fromExclusive);
        }

        /** Index of the first time greater than {@code time}. */
        private int upperBound(long time) {
            int low = 0;
            int high = size;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (times[mid] <= time) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
