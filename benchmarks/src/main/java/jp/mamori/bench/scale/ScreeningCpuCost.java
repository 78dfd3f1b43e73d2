package jp.mamori.bench.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.Assessment;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.engine.state.InMemoryNegativeList;
import jp.mamori.engine.state.InMemoryVelocityStore;
import org.HdrHistogram.Histogram;

/**
 * What {@code EngineAtScaleBenchmark} measures, in CPU time of the screening thread rather than wall time:
 * on a machine shared with other work, time the thread spends waiting for a core says nothing about the
 * engine, and throughput per core is what the target is stated in. Loads the same state, warms up, then
 * screens in rounds and prints, per round and overall, CPU microseconds per screening (so screenings per
 * CPU-second) and the distribution of each screening's CPU time (p50 / p99 / p99.9), for {@code screen}
 * (assess) and then {@code screenAndRecord} (assess and record, the clock advancing 250 ms an order).
 *
 * <pre>java -Xmx8g -cp benchmarks/target/benchmarks.jar jp.mamori.bench.scale.ScreeningCpuCost [history events] [negative keys] [rounds]</pre>
 */
public final class ScreeningCpuCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int ROUND = 50_000;

    private ScreeningCpuCost() {
    }

    public static void main(String[] args) {
        long historyEvents = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int negativeKeys = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long started = System.nanoTime();
        ScaleFixture fixture = new ScaleFixture();
        InMemoryVelocityStore velocity = new InMemoryVelocityStore(ScaleFixture.RETENTION);
        InMemoryNegativeList negativeList = new InMemoryNegativeList();
        ScoringEngine engine = fixture.engine(velocity, negativeList);
        fixture.history.play(historyEvents, engine::remember);
        fixture.history.listNegative(negativeKeys, fixture.listed, negativeList);
        ScreeningRequest[] placed = new ScreeningRequest[ScaleFixture.ORDERS];
        for (int i = 0; i < placed.length; i++) {
            placed[i] = fixture.at(i, ScaleHistory.END.plusMillis(250L * i));
        }
        System.out.printf("loaded %,d history events and %,d negative-list keys in %.0f s; velocity keys %,d%n",
                historyEvents, negativeKeys, (System.nanoTime() - started) / 1e9, velocity.keys());

        int[] next = {0};
        Runnable screen = () -> {
            int i = next[0]++ & (ScaleFixture.ORDERS - 1);
            consume(engine.assess(fixture.merchants[i], placed[i]));
        };
        Instant[] clock = {ScaleHistory.END};
        Runnable screenAndRecord = () -> {
            int i = next[0]++ & (ScaleFixture.ORDERS - 1);
            clock[0] = clock[0].plusMillis(250);
            Assessment assessment = engine.assess(fixture.merchants[i], fixture.at(i, clock[0]));
            engine.record(assessment);
            consume(assessment);
        };
        measure("screen", screen, rounds);
        measure("screenAndRecord", screenAndRecord, rounds);
        System.out.println(sink == 42 ? "" : "done");
    }

    private static int sink;

    private static void consume(Assessment assessment) {
        sink += assessment.score();
    }

    private static void measure(String name, Runnable op, int rounds) {
        // Warm-up: the JIT compiles the engine's paths; about 20 s of CPU.
        for (int i = 0; i < 5 * ROUND; i++) {
            op.run();
        }
        Histogram all = new Histogram(3_600_000_000L, 3);
        long allCpu = 0;
        for (int round = 1; round <= rounds; round++) {
            Histogram histogram = new Histogram(3_600_000_000L, 3);
            long roundStart = THREADS.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (int i = 0; i < ROUND; i++) {
                long before = THREADS.getCurrentThreadCpuTime();
                op.run();
                histogram.recordValue(THREADS.getCurrentThreadCpuTime() - before);
            }
            long cpu = THREADS.getCurrentThreadCpuTime() - roundStart;
            double wall = (System.nanoTime() - wallStart) / 1e9;
            allCpu += cpu;
            all.add(histogram);
            System.out.printf("%-16s round %d: %6.1f us CPU/op = %,7.0f ops per CPU-second (wall %,7.0f ops/s); CPU per op p50 %6.1f p99 %7.1f p99.9 %7.1f us%n",
                    name, round, cpu / 1e3 / ROUND, ROUND / (cpu / 1e9), ROUND / wall,
                    histogram.getValueAtPercentile(50) / 1e3, histogram.getValueAtPercentile(99) / 1e3,
                    histogram.getValueAtPercentile(99.9) / 1e3);
        }
        long ops = (long) rounds * ROUND;
        System.out.printf("%-16s overall: %6.1f us CPU/op = %,7.0f ops per CPU-second; CPU per op p50 %6.1f p99 %7.1f p99.9 %7.1f us (includes ~1 us of clock reads)%n",
                name, allCpu / 1e3 / ops, ops / (allCpu / 1e9), all.getValueAtPercentile(50) / 1e3,
                all.getValueAtPercentile(99) / 1e3, all.getValueAtPercentile(99.9) / 1e3);
    }
}
