package jp.mamori.engine.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Card attempts in this process's memory: per key, arrays sorted by time of the time (8 bytes), card
 * fingerprint (8), BIN (4), last four digits (2), amount (4, capped at about ¥2.1 billion) and the declined
 * flag (1): 27 bytes an attempt, up to twice that as arrays grow by doubling. Attempts older than
 * {@code retention} before the key's newest are dropped when the key is next written, and a key keeps at
 * most its {@value #MAX_ATTEMPTS} newest. Keys whose newest attempt is {@code retention} or more before the
 * newest the store has seen are dropped whenever the store has doubled in keys since the last sweep: most keys
 * (a buyer's email, a device) are written once, and without it every key of every card order ever taken stayed,
 * about 360 bytes each (14 million keys and 5 GB after ten million orders). Memory follows the keys of the last
 * {@code retention}. Attempts may arrive out of order (history replay); a window that reaches further back than
 * {@code retention} before the newest attempt can then come up short, as with velocity. Thread-safe.
 */
public final class InMemoryCardAttempts implements CardAttempts {

    /** Far above what any card-testing limit needs to see within its window. */
    static final int MAX_ATTEMPTS = 256;
    /** Below this many keys the store is never swept: the sweep would cost more than the keys. */
    static final int MIN_KEYS_TO_SWEEP = 4096;

    private final long retentionMillis;
    private final ConcurrentHashMap<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);
    /** Keys at which the next sweep starts: twice as many as the last one left, so sweeping costs O(1) a write. */
    private volatile int sweepAt = MIN_KEYS_TO_SWEEP;

    public InMemoryCardAttempts(Duration retention) {
        this.retentionMillis = retention.toMillis();
    }

    @Override
    public void add(String key, Instant at, CardAttempt attempt) {
        long time = at.toEpochMilli();
        newest.accumulateAndGet(time, Math::max);
        // Added under the map's lock of the key, so that a sweep cannot drop the key between finding and adding.
        attempts.compute(key, (k, keyAttempts) -> {
            Attempts adding = keyAttempts == null ? new Attempts() : keyAttempts;
            adding.add(time, attempt, retentionMillis);
            return adding;
        });
        if (attempts.size() >= sweepAt) {
            sweep();
        }
    }

    /** Drops the keys whose newest attempt is {@code retention} or more before the newest the store has seen. */
    private synchronized void sweep() {
        if (attempts.size() < sweepAt) {
            return; // another thread swept meanwhile
        }
        long horizon = newest.get() - retentionMillis;
        for (String key : attempts.keySet()) {
            attempts.computeIfPresent(key, (k, keyAttempts) -> keyAttempts.newest() <= horizon ? null : keyAttempts);
        }
        sweepAt = Math.max(MIN_KEYS_TO_SWEEP, 2 * attempts.size());
    }

    @Override
    public void forEach(String key, Instant from, Instant to, Visitor visitor) {
        Attempts keyAttempts = attempts.get(key);
        if (keyAttempts != null) {
            keyAttempts.forEach(from.toEpochMilli(), to.toEpochMilli(), visitor);
        }
    }

    /** Keys held, for tests of the memory bound. */
    int keys() {
        return attempts.size();
    }

    /** Attempts held for {@code key}, for tests of the memory bound. */
    int size(String key) {
        Attempts keyAttempts = attempts.get(key);
        return keyAttempts == null ? 0 : keyAttempts.size();
    }

    private static final class Attempts {
        private long[] times = new long[2];
        private long[] cards = new long[2];
        private int[] bins = new int[2];
        private short[] last4s = new short[2];
        private int[] amounts = new int[2];
        private boolean[] declined = new boolean[2];
        private int size;

        synchronized void add(long time, CardAttempt attempt, long retention) {
            int at = upperBound(times, size, time);
            if (size == times.length) {
                int grown = size * 2;
                times = Arrays.copyOf(times, grown);
                cards = Arrays.copyOf(cards, grown);
                bins = Arrays.copyOf(bins, grown);
                last4s = Arrays.copyOf(last4s, grown);
                amounts = Arrays.copyOf(amounts, grown);
                declined = Arrays.copyOf(declined, grown);
            }
            shift(at, at + 1, size - at);
            times[at] = time;
            cards[at] = attempt.card();
            bins[at] = attempt.bin6();
            last4s[at] = (short) attempt.last4();
            amounts[at] = (int) Math.min(Integer.MAX_VALUE, attempt.amountYen());
            declined[at] = attempt.declined();
            size++;
            int expired = Math.max(upperBound(times, size, times[size - 1] - retention), size - MAX_ATTEMPTS);
            if (expired > 0) {
                shift(expired, 0, size - expired);
                size -= expired;
            }
        }

        synchronized void forEach(long fromExclusive, long toInclusive, Visitor visitor) {
            int end = upperBound(times, size, toInclusive);
            for (int i = upperBound(times, size, fromExclusive); i < end; i++) {
                visitor.attempt(bins[i], last4s[i], amounts[i], cards[i], declined[i]);
            }
        }

        synchronized int size() {
            return size;
        }

        synchronized long newest() {
            return size == 0 ? Long.MIN_VALUE : times[size - 1];
        }

        private void shift(int from, int to, int length) {
            System.arraycopy(times, from, times, to, length);
            System.arraycopy(cards, from, cards, to, length);
            System.arraycopy(bins, from, bins, to, length);
            System.arraycopy(last4s, from, last4s, to, length);
            System.arraycopy(amounts, from, amounts, to, length);
            System.arraycopy(declined, from, declined, to, length);
        }
    }

    /** Index of the first of the {@code size} sorted {@code times} greater than {@code time}. */
    private static int upperBound(long[] times, int size, long time) {
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
