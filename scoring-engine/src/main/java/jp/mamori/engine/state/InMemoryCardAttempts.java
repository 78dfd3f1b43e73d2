package jp.mamori.engine.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Card attempts in this process's memory: per key, arrays sorted by time of the time (8 bytes), card
 * fingerprint (8), BIN (4), last four digits (2), amount (4, capped at about ¥2.1 billion) and the declined
 * flag (1): 27 bytes an attempt, up to twice that as arrays grow by doubling. Attempts older than
 * {@code retention} before the key's newest are dropped when the key is next written, and a key keeps at
 * most its {@value #MAX_ATTEMPTS} newest. Attempts may arrive out of order (history replay). Thread-safe.
 */
public final class InMemoryCardAttempts implements CardAttempts {

    /** Far above what any card-testing limit needs to see within its window. */
    static final int MAX_ATTEMPTS = 256;

    private final long retentionMillis;
    private final ConcurrentHashMap<String, Attempts> attempts = new ConcurrentHashMap<>();

    public InMemoryCardAttempts(Duration retention) {
        this.retentionMillis = retention.toMillis();
    }

    @Override
    public void add(String key, Instant at, CardAttempt attempt) {
        attempts.computeIfAbsent(key, k -> new Attempts()).add(at.toEpochMilli(), attempt, retentionMillis);
    }

    @Override
    public void forEach(String key, Instant from, Instant to, Visitor visitor) {
        Attempts keyAttempts = attempts.get(key);
        if (keyAttempts != null) {
            keyAttempts.forEach(from.toEpochMilli(), to.toEpochMilli(), visitor);
        }
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
