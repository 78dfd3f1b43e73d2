package jp.mamori.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jp.mamori.bench.scale.ScaleFixture;
import jp.mamori.bench.scale.ScaleHistory;
import jp.mamori.connector.Decision;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.Assessment;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.engine.state.InMemoryNegativeList;
import jp.mamori.engine.state.InMemoryVelocityStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine at production scale (issue 4's acceptance): one million negative-list keys and ten million
 * history events (thirty days of a 2,000-merchant gateway, see {@link ScaleHistory}) in the in-memory
 * state, then the screening of varied Japanese orders ({@link jp.mamori.bench.scale.ScaleOrders}) whose
 * buyers have a past in that history.
 *
 * <ul>
 *   <li>{@code screen}: normalize, gather from the in-memory state (velocity counts, distinct counts,
 *       negative list), evaluate: {@code ScoringEngine.assess}. The state does not change.</li>
 *   <li>{@code screenAndRecord}: the same, then {@code record}, with the clock advancing 250 ms an order
 *       (the history's own pace is about 260 ms).</li>
 * </ul>
 * Each in throughput ({@code ops/s}, per thread with {@code -t 1}) and in sample time (p50 / p99 / p99.9).
 * Loading takes a minute or two per fork; run it with:
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar EngineAtScaleBenchmark -f 1 -t 1</pre>
 *
 * Smaller state for a quick look: {@code -p historyEvents=1000000 -p negativeKeys=100000}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class EngineAtScaleBenchmark {

    @State(Scope.Benchmark)
    public static class Loaded {

        @Param("10000000")
        public long historyEvents;

        @Param("1000000")
        public int negativeKeys;

        ScaleFixture fixture;
        ScoringEngine engine;
        /** Orders placed just after the history, for {@code screen}. */
        ScreeningRequest[] placed;

        @Setup(Level.Trial)
        public void load() {
            long started = System.nanoTime();
            fixture = new ScaleFixture();
            InMemoryVelocityStore velocity = new InMemoryVelocityStore(ScaleFixture.RETENTION);
            InMemoryNegativeList negativeList = new InMemoryNegativeList();
            engine = fixture.engine(velocity, negativeList);
            fixture.history.play(historyEvents, engine::remember);
            fixture.history.listNegative(negativeKeys, fixture.listed, negativeList);
            placed = new ScreeningRequest[ScaleFixture.ORDERS];
            for (int i = 0; i < placed.length; i++) {
                placed[i] = fixture.at(i, ScaleHistory.END.plusMillis(250L * i));
            }
            // Also loads postal data, the Kuromoji dictionary and ICU, which happens at first use: not part of a screening's cost.
            Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
            for (int i = 0; i < placed.length; i++) {
                decisions.merge(engine.assess(fixture.merchants[i], placed[i]).decision(), 1, Integer::sum);
            }
            System.gc();
            System.out.printf("%nloaded %,d history events and %,d negative-list keys in %.0f s; velocity keys %,d; heap used %,d MB;"
                            + " decisions of the %,d orders: %s%n",
                    historyEvents, negativeKeys, (System.nanoTime() - started) / 1e9, velocity.keys(),
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20, placed.length, decisions);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
        Instant clock;

        @Setup(Level.Trial)
        public void start() {
            next = (int) (Thread.currentThread().getId() * 977) & (ScaleFixture.ORDERS - 1);
            clock = ScaleHistory.END;
        }

        int nextOrder() {
            int i = next;
            next = (next + 1) & (ScaleFixture.ORDERS - 1);
            return i;
        }
    }

    @Benchmark
    public Assessment screen(Loaded state, Cursor cursor) {
        int i = cursor.nextOrder();
        return state.engine.assess(state.fixture.merchants[i], state.placed[i]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assessment screenLatency(Loaded state, Cursor cursor) {
        return screen(state, cursor);
    }

    @Benchmark
    public Assessment screenAndRecord(Loaded state, Cursor cursor) {
        int i = cursor.nextOrder();
        cursor.clock = cursor.clock.plusMillis(250);
        Assessment assessment = state.engine.assess(state.fixture.merchants[i], state.fixture.at(i, cursor.clock));
        state.engine.record(assessment);
        return assessment;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assessment screenAndRecordLatency(Loaded state, Cursor cursor) {
        return screenAndRecord(state, cursor);
    }
}
