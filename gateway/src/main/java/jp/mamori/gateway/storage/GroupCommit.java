package jp.mamori.gateway.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.mamori.connector.inbox.WorkerThread;
import jp.mamori.gateway.MamoriProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
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
 * one; an idle system commits each write at once. Under load, a commit that took several writes is followed by
 * a short linger ({@code mamori.storage.commit-linger}) before the next, so that the next takes more: H2 writes
 * every page a commit touched, however few rows changed, and at a sale's rate the commits of one or two rows each
 * cost more CPU than the webhooks they store. Every caller completes only after its write is
 * committed and forced to the disk, and never on the writer's thread: what a caller does next must not hold up the
 * next commit. Between commits the writer also compacts the database file ({@link StoreFile}).
 *
 * <p>Two kinds of write share the queue. {@link #write} runs on the writer's own JDBC connection, on
 * the writer's thread, with statements prepared once: the hot paths (webhook deliveries, screenings)
 * use it, each write inside a savepoint so that one bad write (a duplicate key) fails alone.
 * {@link #submit} runs an R2DBC write in a transaction of its own batch; when that batch fails its writes
 * are retried one transaction each.
 *
 * <p>Every write of the gateway goes through here, so no two write transactions ever run at once.
 * That is what keeps H2 safe under R2DBC: r2dbc-h2 runs statements synchronously on whichever thread
 * happens to drive them (a server thread, when a pooled connection is handed over from one), so a
 * write waiting for another transaction's lock would block that thread, and with it, possibly, the
 * very transaction it waits for. Never call {@link #submit} or {@link #write} from inside a write: it
 * would wait for itself.
 */
@Component
public class GroupCommit implements AutoCloseable {

    private static final int MAX_BATCH = 512;
    private static final Duration COMPACTION_INTERVAL = Duration.ofMillis(100);
    private static final Duration COMPACTION_PAUSE_AFTER_FAILURE = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** One caller's write, and what it produced once committed. */
    private static final class Pending {
        private final Supplier<? extends Mono<?>> reactive;
        private final SqlWrite<?> direct;
        private final MonoSink<Object> done;
        private Object result;
        private Throwable failure;

        Pending(Supplier<? extends Mono<?>> reactive, SqlWrite<?> direct, MonoSink<Object> done) {
            this.reactive = reactive;
            this.direct = direct;
            this.done = done;
        }

        Mono<Void> runReactive() {
            result = null;
            return reactive.get().doOnNext(value -> result = value).then();
        }

        void committed() {
            if (failure != null) {
                done.error(failure);
            } else if (result == null) {
                done.success();
            } else {
                done.success(result);
            }
        }
    }

    private final TransactionalOperator tx;
    private final String jdbcUrl;
    private final Duration linger;
    private final Timer commitTime;
    private final DistributionSummary batchSize;
    private final Timer compactionTime;
    private final Scheduler writer = Schedulers.newSingle("storage-writer");
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean committing = new AtomicBoolean();
    private final Disposable compaction;
    /** The writer's JDBC session; touched on the writer thread only. */
    private WriteSession session;
    /** The database file, once the writer has opened it; read by the meters from any thread. */
    private volatile StoreFile file;
    private long compactionPausedUntil = System.nanoTime();

    public GroupCommit(TransactionalOperator tx, MamoriProperties properties, MeterRegistry meters) {
        this.tx = tx;
        this.jdbcUrl = EmbeddedDatabase.jdbcUrl(properties);
        this.linger = properties.storage().commitLinger();
        this.commitTime = Timer.builder("mamori.storage.commit")
                .description("Time to run and commit one batch of writes")
                .publishPercentileHistogram()
                .register(meters);
        this.batchSize = DistributionSummary.builder("mamori.storage.commit.batch")
                .description("Writes committed together")
                .register(meters);
        this.compactionTime = Timer.builder("mamori.storage.compaction")
                .description("Time of one pass that rewrote the live pages of sparse chunks of the database file")
                .register(meters);
        Gauge.builder("mamori.storage.file.size", this, commits -> commits.file == null ? Double.NaN : commits.file.size())
                .description("Length of the database file")
                .baseUnit("bytes")
                .register(meters);
        Gauge.builder("mamori.storage.file.live", this,
                        commits -> commits.file == null ? Double.NaN : commits.file.livePercent())
                .description("Share of the database file's chunks that is live data")
                .baseUnit("percent")
                .register(meters);
        this.compaction = writer.schedulePeriodically(this::compactFile, COMPACTION_INTERVAL.toMillis(),
                COMPACTION_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs {@code write} on the writer's JDBC connection in a transaction, possibly shared with
     * others; completes with what the write produced, after the commit.
     */
    public <T> Mono<T> write(SqlWrite<T> write) {
        return enqueue(null, write);
    }

    /**
     * Runs the R2DBC {@code write} in a transaction, possibly shared with others; completes with what
     * the write produced, after the commit.
     */
    public <T> Mono<T> submit(Supplier<Mono<T>> write) {
        return enqueue(write, null);
    }

    @SuppressWarnings("unchecked")
    private <T> Mono<T> enqueue(Supplier<? extends Mono<?>> reactive, SqlWrite<?> direct) {
        return Mono.deferContextual(context -> Mono.<Object>create(done -> {
                            queue.add(new Pending(reactive, direct, done));
                            drain();
                        })
                        // The inbox worker's writes complete on its own thread: what it does next (recording a
                        // screening in the engine, preparing the write-back) must not queue where webhooks finish.
                        .publishOn(WorkerThread.in(context, Schedulers.parallel())))
                .map(value -> (T) value);
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
        writer.schedule(() -> runBatch(batch));
    }

    private void runBatch(List<Pending> batch) {
        Timer.Sample started = Timer.start();
        List<Pending> direct = new ArrayList<>(batch.size());
        List<Pending> reactive = new ArrayList<>();
        for (Pending pending : batch) {
            (pending.direct != null ? direct : reactive).add(pending);
        }
        if (!direct.isEmpty()) {
            runDirect(direct);
        }
        if (reactive.isEmpty()) {
            started.stop(commitTime);
            finished(batch.size());
            return;
        }
        Disposable ignored = Flux.fromIterable(reactive)
                .concatMap(Pending::runReactive)
                .then()
                .as(tx::transactional)
                .then(forced())
                .doOnTerminate(() -> started.stop(commitTime))
                .subscribeOn(writer)
                .subscribe(null,
                        failure -> {
                            if (failure instanceof NotForced) {
                                reactive.forEach(pending -> pending.done.error(failure));
                                finished(batch.size());
                            } else {
                                oneByOne(reactive);
                            }
                        },
                        () -> {
                            reactive.forEach(Pending::committed);
                            finished(batch.size());
                        });
    }

    /** Runs JDBC writes each in a savepoint of one transaction, commits, then tells their callers. */
    private void runDirect(List<Pending> writes) {
        try {
            WriteSession open = session();
            Connection connection = open.connection();
            for (Pending pending : writes) {
                Savepoint savepoint = connection.setSavepoint();
                try {
                    pending.result = pending.direct.run(open);
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException | RuntimeException e) {
                    connection.rollback(savepoint);
                    pending.failure = translate(e);
                }
            }
            connection.commit();
            file.force();
        } catch (SQLException | RuntimeException e) {
            DataAccessResourceFailureException lost = new DataAccessResourceFailureException(
                    "the write was not committed to the disk", e);
            writes.forEach(pending -> pending.failure = lost);
            abandonSession();
        }
        writes.forEach(Pending::committed);
    }

    private WriteSession session() throws SQLException {
        if (session == null) {
            Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, "");
            connection.setAutoCommit(false);
            session = new WriteSession(connection);
            file = StoreFile.of(connection);
        }
        return session;
    }

    /** After a failed commit the connection's state is unknown: roll back what is left and start afresh. */
    private void abandonSession() {
        if (session != null) {
            try {
                session.connection().rollback();
            } catch (SQLException ignored) {
                // Closing below discards the transaction anyway.
            }
            session.close();
            session = null;
            file = null;
        }
    }

    private static RuntimeException translate(Exception e) {
        if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            return "23505".equals(sql.getSQLState())
                    ? new DuplicateKeyException(sql.getMessage(), sql)
                    : new DataIntegrityViolationException(sql.getMessage(), sql);
        }
        return e instanceof RuntimeException runtime ? runtime : new DataAccessResourceFailureException(e.getMessage(), e);
    }

    private void oneByOne(List<Pending> batch) {
        Disposable ignored = Flux.fromIterable(batch)
                .concatMap(pending -> pending.runReactive()
                        .as(tx::transactional)
                        .then(forced())
                        .doOnSuccess(v -> pending.committed())
                        .onErrorResume(failure -> {
                            pending.done.error(failure);
                            return Mono.empty();
                        }))
                .then()
                .subscribeOn(writer)
                .subscribe(null, failure -> finished(batch.size()), () -> finished(batch.size()));
    }

    /** Forces what R2DBC committed to the disk, as {@link #runDirect} does after its own commit. */
    private Mono<Void> forced() {
        return Mono.fromRunnable(() -> {
            try {
                session();
                file.force();
            } catch (SQLException | RuntimeException e) {
                throw new NotForced(e);
            }
        });
    }

    /** Committed, but perhaps not on the disk: the writes are not run again, their callers are told they failed. */
    private static final class NotForced extends DataAccessResourceFailureException {
        NotForced(Exception cause) {
            super("the write was committed but not forced to the disk", cause);
        }
    }

    /**
     * One pass of {@link StoreFile#compact()}, between commits. A failure is logged, and passes stop for a while: the
     * next commits show whether the database itself is broken.
     */
    private void compactFile() {
        if (file == null || System.nanoTime() - compactionPausedUntil < 0) {
            return;
        }
        Timer.Sample started = Timer.start();
        try {
            if (file.compact()) {
                started.stop(compactionTime);
            }
        } catch (RuntimeException e) {
            if (file.isClosed()) {
                return; // H2 closed the database on the JVM's shutdown, before the writer stopped
            }
            compactionPausedUntil = System.nanoTime() + COMPACTION_PAUSE_AFTER_FAILURE.toNanos();
            log.warn("Compacting the database file failed; trying again in {}", COMPACTION_PAUSE_AFTER_FAILURE, e);
        }
    }

    /**
     * A commit of {@code written} writes is over. When it held several, writes are arriving faster than commits end,
     * and the next commit waits for the linger, to take more of them at once.
     */
    private void finished(int written) {
        if (written > 1 && !linger.isZero()) {
            writer.schedule(this::nextCommit, linger.toNanos(), TimeUnit.NANOSECONDS);
        } else {
            nextCommit();
        }
    }

    private void nextCommit() {
        committing.set(false);
        drain();
    }

    @Override
    public void close() {
        compaction.dispose();
        Mono.fromRunnable(this::abandonSession).subscribeOn(writer).block(Duration.ofSeconds(10));
        writer.dispose();
    }
}
