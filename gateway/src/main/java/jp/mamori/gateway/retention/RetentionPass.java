package jp.mamori.gateway.retention;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;

import jp.mamori.gateway.PeriodicJob;
import jp.mamori.gateway.retention.ExpiredRecords.Place;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Deletes what is no longer needed, at start and every {@code mamori.retention-interval} after: idempotency keys past
 * {@code mamori.idempotency-keys-kept-for}, then screenings past {@code mamori.screenings-kept-for} with every row tied
 * to them, except those still open in the review queue. Personal data (identity keys, order facts, answers) is kept
 * no longer than a purpose needs it (APPI), and the database and the start-up rebuild stop growing for ever.
 *
 * <p>Deletes go in small commits, each queued behind the requests' own writes. Like every {@link PeriodicJob}, the
 * pass starts with the gateway's lifecycle, once every bean is made: the engine, whose state is rebuilt from the
 * stored screenings while its bean is made, has finished reading them by then.
 */
@Component
public class RetentionPass extends PeriodicJob {

    /** What one pass deleted. */
    record Deleted(long screenings, long idempotencyKeys) {
    }

    private static final Logger log = LoggerFactory.getLogger(RetentionPass.class);

    private final ExpiredRecords records;
    private final RetentionMeters meters;
    private final RetentionProperties settings;
    private final Clock clock;

    public RetentionPass(ExpiredRecords records, RetentionMeters meters, RetentionProperties settings, Clock clock) {
        super(Duration.ZERO, settings.retentionInterval());
        this.records = records;
        this.meters = meters;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass as of now; answers what it deleted. */
    Mono<Deleted> pass() {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            return forgetIdempotencyKeys(now.minus(settings.idempotencyKeysKeptFor()))
                    .flatMap(keys -> forgetScreenings(now.minus(settings.screeningsKeptFor()))
                            .map(screenings -> new Deleted(screenings, keys)))
                    .doOnNext(deleted -> meters.passFinished(clock.instant()));
        });
    }

    @Override
    protected Mono<Void> runOnce() {
        return pass()
                .doOnNext(deleted -> {
                    if (deleted.screenings() > 0 || deleted.idempotencyKeys() > 0) {
                        log.info("Retention: deleted {} screening(s) older than {} and {} idempotency key(s) older than {}",
                                deleted.screenings(), RetentionProperties.written(settings.screeningsKeptFor()),
                                deleted.idempotencyKeys(), RetentionProperties.written(settings.idempotencyKeysKeptFor()));
                    }
                })
                .onErrorResume(failure -> {
                    log.warn("Retention pass failed ({}); trying again in {}", kinds(failure), settings.retentionInterval());
                    return Mono.empty();
                })
                .then();
    }

    private Mono<Long> forgetIdempotencyKeys(Instant before) {
        int size = settings.retentionBatchSize();
        return inBatches(() -> records.forgetIdempotencyKeys(before, size).doOnNext(meters::idempotencyKeysDeleted),
                size, settings.retentionBatchesPerPass());
    }

    /**
     * Walks the old screenings oldest first from where the last batch stopped, so that the ones kept in the review
     * queue are passed over once a pass instead of once a batch.
     */
    private Mono<Long> forgetScreenings(Instant before) {
        int size = settings.retentionBatchSize();
        AtomicReference<Place> reached = new AtomicReference<>(Place.FIRST);
        return inBatches(() -> records.screenedBefore(before, reached.get(), size)
                        .flatMap(found -> {
                            if (!found.isEmpty()) {
                                reached.set(found.get(found.size() - 1));
                            }
                            return records.forgetScreenings(found, before);
                        })
                        .doOnNext(meters::screeningsDeleted),
                size, settings.retentionBatchesPerPass());
    }

    /**
     * The failure's kinds down its causes, with SQL states, never its messages: a database's messages may quote the
     * rows (identity keys, Idempotency-Keys a client chose).
     */
    static String kinds(Throwable failure) {
        StringJoiner kinds = new StringJoiner(" caused by ");
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 8; cause = cause.getCause(), depth++) {
            kinds.add(cause instanceof SQLException sql && sql.getSQLState() != null
                    ? cause.getClass().getSimpleName() + " [SQL state " + sql.getSQLState() + "]"
                    : cause.getClass().getSimpleName());
        }
        return kinds.toString();
    }
}
