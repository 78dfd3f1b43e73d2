package jp.mamori.engine.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * The first-purchase ledger in this process's memory. Per item, an open-addressing table of (buyer key
 * fingerprint, order fingerprint, time in milliseconds): 24 bytes a pair at a load of at most one half, so at
 * most 48 bytes, and an order with the usual seven person keys about 340 bytes. Pairs older than
 * {@code retention} before the item's newest purchase are dropped when the table is next rebuilt, and an
 * item holds at most {@value #MAX_PAIRS} pairs: past that the older half goes. Thread-safe.
 */
public final class InMemoryFirstPurchaseLedger implements FirstPurchaseLedger {

    /** About 37,000 orders of one first-purchase-only item within the retention: 2^19 slots, 12 MiB at the most. */
    static final int MAX_PAIRS = 1 << 18;

    private final long retentionMillis;
    private final ConcurrentHashMap<String, Buyers> items = new ConcurrentHashMap<>();

    public InMemoryFirstPurchaseLedger(Duration retention) {
        this.retentionMillis = retention.toMillis();
    }

    @Override
    public void add(String item, String buyerKey, long order, Instant at) {
        items.computeIfAbsent(item, k -> new Buyers()).add(Fingerprints.of(buyerKey), order, at.toEpochMilli(), retentionMillis);
    }

    @Override
    public void orders(String item, String buyerKey, long excluded, Instant from, Instant to, LongConsumer orders) {
        Buyers buyers = items.get(item);
        if (buyers != null) {
            buyers.orders(Fingerprints.of(buyerKey), excluded, from.toEpochMilli(), to.toEpochMilli(), orders);
        }
    }

    /** Pairs held for {@code item}, for tests of the memory bound. */
    int pairs(String item) {
        Buyers buyers = items.get(item);
        return buyers == null ? 0 : buyers.size();
    }

    /** A multimap by linear probing: the pairs of one key sit in the run of slots after its home slot. */
    private static final class Buyers {
        private long[] keys = new long[16];
        private long[] orders = new long[16];
        private long[] times = new long[16];
        private int size;
        private long newest = Long.MIN_VALUE;

        synchronized void add(long key, long order, long time, long retention) {
            int mask = keys.length - 1;
            for (int i = home(key, mask); keys[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == key && orders[i] == order) {
                    times[i] = Math.min(times[i], time);
                    return;
                }
            }
            newest = Math.max(newest, time);
            if ((size + 1) * 2 > keys.length) {
                rebuild(retention);
            }
            put(key, order, time);
        }

        synchronized void orders(long key, long excluded, long fromExclusive, long toInclusive, LongConsumer found) {
            int mask = keys.length - 1;
            for (int i = home(key, mask); keys[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == key && orders[i] != excluded && times[i] > fromExclusive && times[i] <= toInclusive) {
                    found.accept(orders[i]);
                }
            }
        }

        synchronized int size() {
            return size;
        }

        /** Drops what is past retention (and the older half if the item is full) and resizes for what stays. */
        private void rebuild(long retention) {
            long horizon = newest - retention;
            int live = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0 && times[i] > horizon) {
                    live++;
                }
            }
            int capacity = 16;
            while (capacity < (live + 1) * 4 && capacity < MAX_PAIRS * 2) {
                capacity <<= 1;
            }
            if ((live + 1) * 2 > capacity) {
                // Full: keep the newer half, which is what a reseller coming back soon is matched against.
                long[] liveTimes = new long[live];
                int n = 0;
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] != 0 && times[i] > horizon) {
                        liveTimes[n++] = times[i];
                    }
                }
                Arrays.sort(liveTimes);
                horizon = liveTimes[live / 2];
            }
            long[] oldKeys = keys;
            long[] oldOrders = orders;
            long[] oldTimes = times;
            keys = new long[capacity];
            orders = new long[capacity];
            times = new long[capacity];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0 && oldTimes[i] > horizon) {
                    put(oldKeys[i], oldOrders[i], oldTimes[i]);
                }
            }
        }

        private void put(long key, long order, long time) {
            int mask = keys.length - 1;
            int i = home(key, mask);
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            orders[i] = order;
            times[i] = time;
            size++;
        }

        private static int home(long key, int mask) {
            long mixed = key * 0x9E3779B97F4A7C15L;
            return (int) (mixed >>> 40) & mask;
        }
    }
}
