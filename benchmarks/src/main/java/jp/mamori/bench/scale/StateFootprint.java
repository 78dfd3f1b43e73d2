package jp.mamori.bench.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.engine.ScoringEngine;
import jp.mamori.engine.state.InMemoryNegativeList;
import jp.mamori.engine.state.InMemoryVelocityStore;
import jp.mamori.engine.state.VelocityStore;

/**
 * Heap the engine's in-memory state takes: loads {@link ScaleHistory} events into a fresh velocity store
 * (through {@code ScoringEngine.remember}, as the gateway does at start) and keys into a fresh negative list,
 * and compares the heap in use after a full collection before and after, at several sizes. Prints bytes per
 * history event (one stored screening), per velocity event (one key's timestamp, as {@code add} or
 * {@code addDistinct} is called), per velocity key and per negative-list key; the slope between two sizes
 * leaves fixed costs out. The store is bounded by {@code -Dmaxbytes} (default: half the heap).
 *
 * <pre>java -Xmx8g -cp benchmarks/target/benchmarks.jar jp.mamori.bench.scale.StateFootprint \
 *     [history sizes, default 1000000,2000000,5000000,10000000] [negative-list sizes, default 250000,500000,1000000]</pre>
 */
public final class StateFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private StateFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        long[] historySizes = sizes(args.length > 0 ? args[0] : "1000000,2000000,5000000,10000000");
        long[] negativeSizes = sizes(args.length > 1 ? args[1] : "250000,500000,1000000");
        ScaleFixture fixture = new ScaleFixture();
        System.out.printf("max heap %,d MB; retention %s%n", Runtime.getRuntime().maxMemory() >> 20, ScaleFixture.RETENTION);

        System.out.printf("%n%14s %14s %14s %9s %10s %10s %12s %12s %9s%n", "history events", "velocity adds", "velocity keys",
                "heap MB", "counted MB", "B/event", "B/vel. add", "B/vel. key", "events/s");
        long lastEvents = 0;
        long lastBytes = 0;
        for (long events : historySizes) {
            long before = usedAfterGc();
            Counting counting = new Counting(new InMemoryVelocityStore(ScaleFixture.RETENTION,
                    Long.getLong("maxbytes", Runtime.getRuntime().maxMemory() / 2)));
            ScoringEngine engine = fixture.engine(counting, new InMemoryNegativeList());
            long started = System.nanoTime();
            fixture.history.play(events, engine::remember);
            double seconds = (System.nanoTime() - started) / 1e9;
            long bytes = usedAfterGc() - before;
            System.out.printf("%,14d %,14d %,14d %,9d %,10d %10.1f %12.1f %12.1f %,9.0f%n", events, counting.adds, counting.store.keys(),
                    bytes >> 20, counting.store.bytes() >> 20, (double) bytes / events, (double) bytes / counting.adds,
                    (double) bytes / counting.store.keys(), events / seconds);
            if (counting.store.evictedKeys() > 0) {
                System.out.printf("%14s the bound was reached: %,d keys forgotten%n", "", counting.store.evictedKeys());
            }
            if (lastEvents > 0) {
                System.out.printf("%14s slope from %,d: %.1f B per history event%n", "", lastEvents,
                        (double) (bytes - lastBytes) / (events - lastEvents));
            }
            lastEvents = events;
            lastBytes = bytes;
            engine = null;
            counting = null;
        }

        System.out.printf("%n%14s %12s %10s%n", "negative keys", "heap MB", "B/key");
        long lastKeys = 0;
        lastBytes = 0;
        for (long keys : negativeSizes) {
            long before = usedAfterGc();
            InMemoryNegativeList list = new InMemoryNegativeList();
            fixture.history.listNegative((int) keys, List.of(), list);
            long bytes = usedAfterGc() - before;
            System.out.printf("%,14d %,12d %10.1f%n", keys, bytes >> 20, (double) bytes / keys);
            if (lastKeys > 0) {
                System.out.printf("%14s slope from %,d: %.1f B per key%n", "", lastKeys, (double) (bytes - lastBytes) / (keys - lastKeys));
            }
            lastKeys = keys;
            lastBytes = bytes;
            list = null;
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static long[] sizes(String list) {
        List<Long> sizes = new ArrayList<>();
        for (String size : list.split(",")) {
            sizes.add(Long.parseLong(size.strip().replace("_", "")));
        }
        return sizes.stream().mapToLong(Long::longValue).toArray();
    }

    /** Counts what goes into the store, and holds no state of its own. */
    private static final class Counting implements VelocityStore {
        final InMemoryVelocityStore store;
        long adds;

        Counting(InMemoryVelocityStore store) {
            this.store = store;
        }

        @Override
        public void add(String key, Instant at) {
            adds++;
            store.add(key, at);
        }

        @Override
        public int count(String key, Instant from, Instant to) {
            return store.count(key, from, to);
        }

        @Override
        public void addDistinct(String key, String member, Instant at) {
            adds++;
            store.addDistinct(key, member, at);
        }

        @Override
        public int countDistinct(String key, Instant from, Instant to, String candidate) {
            return store.countDistinct(key, from, to, candidate);
        }
    }
}
