package jp.mamori.gateway.inbox;

import java.sql.SQLException;
import java.time.Instant;

import jp.mamori.connector.inbox.Delivery;
import jp.mamori.connector.inbox.Inbox;
import jp.mamori.connector.inbox.IncomingDelivery;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Reads;
import jp.mamori.gateway.storage.Rows;
import jp.mamori.gateway.storage.TimeOrderedIds;
import jp.mamori.gateway.storage.WriteSession;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The inbox on the gateway's database. Deliveries are inserted through {@link GroupCommit}, so
 * many webhooks arriving together share one durable commit; the unique de-duplication key turns a
 * redelivery into a no-op.
 */
@Component
public class InboxStore implements Inbox {

    /** A dead-lettered delivery as integrators see it (without its body). */
    public record DeadLetter(String id, String platform, String shop, String resourceId, String event,
                             int attempts, String lastError, Instant receivedAt, Instant deadAt) {
    }

    private static final int MAX_ERROR = 2000;

    private final DatabaseClient db;
    private final GroupCommit commits;
    /** Each newly stored delivery; a subscriber too slow to take one misses it, and finds it by looking up. */
    private final Sinks.Many<Work> arrivals = Sinks.many().multicast().directBestEffort();
    /** Deliveries made due again at once (replayed, resumed): look them up now. */
    private final Sinks.Many<Boolean> wakeUps = Sinks.many().multicast().directBestEffort();

    private final Reads reads;

    public InboxStore(DatabaseClient db, GroupCommit commits, Reads reads) {
        this.db = db;
        this.commits = commits;
        this.reads = reads;
    }

    @Override
    public Mono<Acceptance> accept(IncomingDelivery d) {
        String id = TimeOrderedIds.next("dlv_", d.receivedAt());
        return commits.write(sql -> sql.update("INSERT INTO inbox (id, platform, shop, resource_id, event, dedup_key, body, "
                                + "received_at, status, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)",
                        id, d.platform(), d.shop(), d.resourceId(), d.event(), d.deduplicationKey(), d.body(),
                        d.receivedAt(), d.receivedAt()))
                .thenReturn(Acceptance.STORED)
                .doOnNext(stored -> emit(arrivals, new Work(id, d.platform(), d.shop(), d.resourceId(), d.event(),
                        d.receivedAt(), 1, 0, false, d.body())))
                .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(Acceptance.DUPLICATE));
    }

    /** Each newly stored delivery, body included, so the worker need not look it up. */
    Flux<Work> arrivals() {
        return arrivals.asFlux();
    }

    /** Signals that deliveries were made due at once, so the worker need not wait for its next look-up. */
    Flux<Boolean> wakeUps() {
        return wakeUps.asFlux();
    }

    /**
     * Pending deliveries whose time has come, longest due first, without their bodies, each with whether a
     * newer one for the same resource waits behind it.
     */
    Flux<Work> due(Instant now, int limit) {
        // Ordered by the index's own columns, status included though it is fixed: only then does H2 read the
        // index in order and stop at the limit, instead of sorting every due delivery of a backlog.
        return db.sql("SELECT i.id, i.platform, i.shop, i.resource_id, i.event, i.received_at, i.attempts, i.version, "
                        + "EXISTS (SELECT 1 FROM inbox n USE INDEX (inbox_delivery) WHERE n.platform = i.platform "
                        + "AND n.shop = i.shop AND n.resource_id = i.resource_id AND n.status = 'PENDING' "
                        + "AND n.received_at > i.received_at) AS superseded FROM inbox i "
                        + "WHERE i.status = 'PENDING' AND i.next_attempt_at <= :now ORDER BY i.status, i.next_attempt_at LIMIT :limit")
                .bind("now", Rows.timestamp(now))
                .bind("limit", limit)
                .map(row -> new Work(row.get("id", String.class), row.get("platform", String.class),
                        row.get("shop", String.class), row.get("resource_id", String.class), row.get("event", String.class),
                        Rows.instant(row.get("received_at")), row.get("attempts", Integer.class) + 1,
                        row.get("version", Long.class), row.get("superseded", Boolean.class), null))
                .all();
    }

    /** The whole delivery, its body read now unless the work carries it. */
    Mono<Delivery> delivery(Work work) {
        if (work.body() != null) {
            return Mono.just(work.delivery(work.body()));
        }
        return reads.one("SELECT body FROM inbox WHERE id = ?", row -> work.delivery(row.getString(1)), work.id());
    }

    /** Superseded by a newer delivery; answers the version this left the row at. */
    Mono<Long> markSuperseded(String id, Instant now) {
        return commits.write(sql -> finishNow(sql, id, "SUPERSEDED", now));
    }

    /**
     * Done; and every older delivery for the same resource that still waits is superseded by it. Answers
     * the version this left the row at.
     */
    Mono<Long> markDone(Delivery d, Instant now) {
        return commits.write(sql -> {
            long version = finishNow(sql, d.id(), "DONE", now);
            sql.update("UPDATE inbox SET status = 'SUPERSEDED', finished_at = ?, version = version + 1 WHERE platform = ? "
                    + "AND shop = ? AND resource_id = ? AND status = 'PENDING' AND received_at < ?",
                    now, d.platform(), d.shop(), d.resourceId(), d.receivedAt());
            return version;
        });
    }

    /** Due again at {@code nextAttemptAt}; answers the version this left the row at. */
    Mono<Long> retryLater(String id, int attempts, Instant nextAttemptAt, String error) {
        return commits.write(sql -> {
            sql.update("UPDATE inbox SET attempts = ?, next_attempt_at = ?, last_error = ?, version = version + 1 "
                    + "WHERE id = ? AND status = 'PENDING'", attempts, nextAttemptAt, truncate(error), id);
            return version(sql, id);
        });
    }

    /** Given up on, its body erased when {@code eraseBody}; answers the version this left the row at. */
    Mono<Long> deadLetter(String id, int attempts, String error, Instant now, boolean eraseBody) {
        return commits.write(sql -> {
            sql.update("UPDATE inbox SET status = 'DEAD', attempts = ?, last_error = ?, finished_at = ?, version = version + 1, "
                    + "body = CASE WHEN ? THEN '' ELSE body END WHERE id = ? AND status = 'PENDING'",
                    attempts, truncate(error), now, eraseBody, id);
            return version(sql, id);
        });
    }

    public Flux<DeadLetter> deadLetters(int limit) {
        return db.sql("SELECT id, platform, shop, resource_id, event, attempts, last_error, received_at, finished_at "
                        + "FROM inbox WHERE status = 'DEAD' ORDER BY finished_at DESC LIMIT :limit")
                .bind("limit", limit)
                .map(row -> new DeadLetter(row.get("id", String.class), row.get("platform", String.class),
                        row.get("shop", String.class), row.get("resource_id", String.class), row.get("event", String.class),
                        row.get("attempts", Integer.class), row.get("last_error", String.class),
                        Rows.instant(row.get("received_at")), Rows.instant(row.get("finished_at"))))
                .all();
    }

    /** Puts a dead letter back in line with a fresh retry budget; answers whether there was one. */
    public Mono<Boolean> replay(String id, Instant now) {
        return commits.write(sql -> sql.update("UPDATE inbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                        + "finished_at = NULL, version = version + 1 WHERE id = ? AND status = 'DEAD'", now, id) > 0)
                .doOnNext(replayed -> emit(wakeUps, replayed));
    }

    /**
     * Makes every pending delivery of one shop due now (they were waiting for the shop to be connected
     * again); answers how many.
     */
    public Mono<Integer> resume(String platform, String shop, Instant now) {
        return commits.write(sql -> sql.update("UPDATE inbox SET next_attempt_at = ?, version = version + 1 WHERE platform = ? "
                        + "AND shop = ? AND status = 'PENDING' AND next_attempt_at > ?", now, platform, shop, now))
                .doOnNext(resumed -> emit(wakeUps, true));
    }

    /** How many deliveries of one shop wait to be handled. */
    public Mono<Long> pendingCount(String platform, String shop) {
        return db.sql("SELECT COUNT(*) AS n FROM inbox WHERE status = 'PENDING' AND platform = :platform AND shop = :shop")
                .bind("platform", platform).bind("shop", shop)
                .map(row -> row.get("n", Long.class)).one();
    }

    /** How many deliveries wait to be handled, for health and tests. */
    public Mono<Long> pendingCount() {
        return db.sql("SELECT COUNT(*) AS n FROM inbox WHERE status = 'PENDING'").map(row -> row.get("n", Long.class)).one();
    }

    /**
     * Deletes up to {@code limit} deliveries that finished with {@code status} before {@code before}; answers how many.
     * Deliveries finish after their last attempt was due, so the due index narrows the search to those due before then.
     */
    Mono<Integer> forgetFinished(String status, Instant before, int limit) {
        // A limit in a subquery, not on the DELETE itself: PostgreSQL has none there.
        return commits.write(sql -> sql.update("DELETE FROM inbox WHERE id IN (SELECT id FROM inbox WHERE status = ? "
                + "AND next_attempt_at < ? AND finished_at < ? FETCH FIRST ? ROWS ONLY)", status, before, before, limit));
    }

    /** The status of a delivery, for tests and diagnosis. */
    public Mono<String> status(String id) {
        return db.sql("SELECT status FROM inbox WHERE id = :id").bind("id", id).map(row -> row.get("status", String.class)).one();
    }

    private static long finishNow(WriteSession sql, String id, String status, Instant now) throws SQLException {
        sql.update("UPDATE inbox SET status = ?, finished_at = ?, version = version + 1 WHERE id = ?", status, now, id);
        return version(sql, id);
    }

    private static long version(WriteSession sql, String id) throws SQLException {
        return sql.queryLong("SELECT version FROM inbox WHERE id = ?", id);
    }

    /**
     * Commits complete on several threads at once, and a sink takes one emission at a time: one that finds another
     * under way tries again at once, instead of being dropped and leaving its delivery to the next poll. Any other
     * failure (no worker listening) drops it: the look-up finds the delivery all the same.
     */
    private static <T> void emit(Sinks.Many<T> sink, T value) {
        while (sink.tryEmitNext(value) == Sinks.EmitResult.FAIL_NON_SERIALIZED) {
            Thread.onSpinWait();
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
