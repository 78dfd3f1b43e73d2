package jp.mamori.gateway;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Work the gateway repeats while it runs, started and stopped with it: one run at a time, a tick that comes while a
 * run is still going is dropped (the interval must never overflow, it would end the loop). A run logs its own
 * failures; one that escapes is logged here and the loop goes on.
 */
public abstract class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final Duration first;
    private final Duration every;
    private volatile Disposable loop;

    protected PeriodicJob(Duration first, Duration every) {
        this.first = first;
        this.every = every;
    }

    /** One run. */
    protected abstract Mono<Void> runOnce();

    /**
     * Runs {@code batch} (a delete of at most {@code size} rows, answering how many) again for as long as it finds a
     * full batch; answers how many in all. Small commits queue behind the requests' own writes instead of holding the
     * storage writer for one long one.
     */
    protected static Mono<Long> inBatches(Supplier<Mono<Integer>> batch, int size) {
        return inBatches(batch, size, Long.MAX_VALUE);
    }

    /** As {@link #inBatches(Supplier, int)}, but {@code most} batches at most: what is left waits for the next run. */
    protected static Mono<Long> inBatches(Supplier<Mono<Integer>> batch, int size, long most) {
        return Mono.defer(() -> {
            AtomicLong started = new AtomicLong(1);
            return Mono.defer(batch)
                    .expand(done -> done == size && started.getAndIncrement() < most ? Mono.defer(batch) : Mono.empty())
                    .reduce(0L, (sum, done) -> sum + done);
        });
    }

    @Override
    public void start() {
        loop = Flux.interval(first, every)
                .onBackpressureDrop()
                .concatMap(tick -> runOnce().onErrorResume(e -> {
                    log.warn("{} failed; running again in {}", getClass().getSimpleName(), every, e);
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable running = loop;
        if (running != null) {
            running.dispose();
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
