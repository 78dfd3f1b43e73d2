package jp.mamori.gateway.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Commits many small writes in one transaction. A durable commit costs the same for one row as
 * for a hundred, so writes that arrive while a commit is running wait and go together in the next
 * one; an idle system commits each write at once. Every caller completes only after its write is
 * committed. When a batch fails, its writes are retried one transaction each, so that one bad write
 * (a duplicate key) fails alone.
 *
 * <p>Every write of the gateway goes through here, so no two write transactions ever run at once.
 * That is what keeps H2 safe under R2DBC: r2dbc-h2 runs statements synchronously on whichever thread
 * happens to drive them (a server thread, when a pooled connection is handed over from one), so a
 * write waiting for another transaction's lock would block that thread, and with it, possibly, the
 * very transaction it waits for. Never call {@link #submit} from inside a write: it would wait for
 * itself.
 */
@Component
public class GroupCommit implements AutoCloseable {

    private static final int MAX_BATCH = 256;

    /** One caller's write, and what it produced once committed. */
    private static final class Pending {
        private final Supplier<? extends Mono<?>> write;
        private final MonoSink<Object> done;
        private Object result;

        Pending(Supplier<? extends Mono<?>> write, MonoSink<Object> done) {
            this.write = write;
            this.done = done;
        }

        Mono<Void> run() {
            result = null;
            return write.get().doOnNext(value -> result = value).then();
        }

        void committed() {
            if (result == null) {
                done.success();
            } else {
                done.success(result);
            }
        }
    }

    private final TransactionalOperator tx;
    private final Timer commitTime;
    private final DistributionSummary batchSize;
    private final Scheduler writer = Schedulers.newSingle("storage-writer");
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean committing = new AtomicBoolean();

    public GroupCommit(TransactionalOperator tx, MeterRegistry meters) {
        this.tx = tx;
        this.commitTime = Timer.builder("mamori.storage.commit")
                .description("Time to run and commit one batch of writes")
                .publishPercentileHistogram()
                .register(meters);
        this.batchSize = DistributionSummary.builder("mamori.storage.commit.batch")
                .description("Writes committed together")
                .register(meters);
    }

    /**
     * Runs {@code write} in a transaction, possibly shared with others; completes with what the
     * write produced, after the commit.
     */
    @SuppressWarnings("unchecked")
    public <T> Mono<T> submit(Supplier<Mono<T>> write) {
        return Mono.<Object>create(done -> {
            queue.add(new Pending(write, done));
            drain();
        }).map(value -> (T) value);
    }

    private void drain() {
        if (!committing.compareAndSet(false, true)) {
            return;
        }
        List<Pending> batch = new ArrayList<>();
        for (Pending next = queue.poll(); next != null; next = batch.size() < MAX_BATCH ? queue.poll() : null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            committing.set(false);
            if (!queue.isEmpty()) {
                drain();
            }
            return;
        }
        batchSize.record(batch.size());
        Timer.Sample started = Timer.start();
        Disposable ignored = Flux.fromIterable(batch)
                .concatMap(Pending::run)
                .then()
                .as(tx::transactional)
                .doOnTerminate(() -> started.stop(commitTime))
                .subscribeOn(writer)
                .subscribe(null,
                        failure -> oneByOne(batch),
                        () -> {
                            batch.forEach(Pending::committed);
                            finished();
                        });
    }

    private void oneByOne(List<Pending> batch) {
        Disposable ignored = Flux.fromIterable(batch)
                .concatMap(pending -> pending.run()
                        .as(tx::transactional)
                        .doOnSuccess(v -> pending.committed())
                        .onErrorResume(failure -> {
                            pending.done.error(failure);
                            return Mono.empty();
                        }))
                .then()
                .subscribeOn(writer)
                .subscribe(null, failure -> finished(), this::finished);
    }

    private void finished() {
        committing.set(false);
        drain();
    }

    @Override
    public void close() {
        writer.dispose();
    }
}
