package jp.mamori.gateway.inbox;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import jp.mamori.connector.inbox.Delivery;
import jp.mamori.connector.inbox.Inbox;
import jp.mamori.connector.inbox.IncomingDelivery;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Rows;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The inbox on the gateway's database. Deliveries are inserted through {@link GroupCommit}, so
 * many webhooks arriving together share one durable commit; the unique de-duplication key turns a
 * redelivery into a no-op.
 */
@Repository
public class InboxStore implements Inbox {

    /** A dead-lettered delivery as integrators see it (without its body). */
    public record DeadLetter(String id, String platform, String shop, String resourceId, String event,
                             int attempts, String lastError, Instant receivedAt, Instant deadAt) {
    }

    private static final String COLUMNS = "id, platform, shop, resource_id, event, body, received_at, attempts";
    private static final int MAX_ERROR = 2000;

    private final DatabaseClient db;
    private final GroupCommit commits;
    private final Sinks.Many<Boolean> arrivals = Sinks.many().multicast().directBestEffort();

    public InboxStore(DatabaseClient db, GroupCommit commits) {
        this.db = db;
        this.commits = commits;
    }

    @Override
    public Mono<Acceptance> accept(IncomingDelivery d) {
        return commits.submit(() -> db.sql("INSERT INTO inbox (id, platform, shop, resource_id, event, dedup_key, body, "
                                + "received_at, status, attempts, next_attempt_at) VALUES (:id, :platform, :shop, :resource, "
                                + ":event, :dedup, :body, :received, 'PENDING', 0, :received)")
                        .bind("id", "dlv_" + UUID.randomUUID().toString().replace("-", ""))
                        .bind("platform", d.platform())
                        .bind("shop", d.shop())
                        .bind("resource", d.resourceId())
                        .bind("event", d.event())
                        .bind("dedup", d.deduplicationKey())
                        .bind("body", d.body())
                        .bind("received", Rows.timestamp(d.receivedAt()))
                        .then())
                .thenReturn(Acceptance.STORED)
                .doOnNext(stored -> arrivals.tryEmitNext(true))
                .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(Acceptance.DUPLICATE));
    }

    /** Signals each newly stored delivery, so the worker need not wait for its next poll. */
    Flux<Boolean> arrivals() {
        return arrivals.asFlux();
    }

    /** Pending deliveries whose time has come, oldest first. */
    Flux<Delivery> due(Instant now, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM inbox WHERE status = 'PENDING' AND next_attempt_at <= :now "
                        + "ORDER BY received_at LIMIT :limit")
                .bind("now", Rows.timestamp(now))
                .bind("limit", limit)
                .map(InboxStore::delivery)
                .all();
    }

    /** Whether a delivery for the same resource arrived after this one and is still pending. */
    Mono<Boolean> supersededByNewer(Delivery d) {
        return db.sql("SELECT COUNT(*) AS n FROM inbox WHERE platform = :platform AND shop = :shop AND "
                        + "resource_id = :resource AND status = 'PENDING' AND received_at > :received")
                .bind("platform", d.platform())
                .bind("shop", d.shop())
                .bind("resource", d.resourceId())
                .bind("received", Rows.timestamp(d.receivedAt()))
                .map(row -> row.get("n", Long.class) > 0)
                .one();
    }

    Mono<Void> markSuperseded(String id, Instant now) {
        return commits.submit(() -> finishNow(id, "SUPERSEDED", now));
    }

    /** Done; and every older delivery for the same resource that still waits is superseded by it. */
    Mono<Void> markDone(Delivery d, Instant now) {
        return commits.submit(() -> finishNow(d.id(), "DONE", now)
                .then(db.sql("UPDATE inbox SET status = 'SUPERSEDED', finished_at = :now WHERE platform = :platform "
                                + "AND shop = :shop AND resource_id = :resource AND status = 'PENDING' AND received_at < :received")
                        .bind("now", Rows.timestamp(now))
                        .bind("platform", d.platform())
                        .bind("shop", d.shop())
                        .bind("resource", d.resourceId())
                        .bind("received", Rows.timestamp(d.receivedAt()))
                        .then()));
    }

    Mono<Void> retryLater(String id, int attempts, Instant nextAttemptAt, String error) {
        return commits.submit(() -> db.sql("UPDATE inbox SET attempts = :attempts, next_attempt_at = :next, last_error = :error "
                        + "WHERE id = :id AND status = 'PENDING'")
                .bind("attempts", attempts)
                .bind("next", Rows.timestamp(nextAttemptAt))
                .bind("error", truncate(error))
                .bind("id", id)
                .then());
    }

    Mono<Void> deadLetter(String id, int attempts, String error, Instant now) {
        return commits.submit(() -> db.sql("UPDATE inbox SET status = 'DEAD', attempts = :attempts, last_error = :error, "
                        + "finished_at = :now WHERE id = :id AND status = 'PENDING'")
                .bind("attempts", attempts)
                .bind("error", truncate(error))
                .bind("now", Rows.timestamp(now))
                .bind("id", id)
                .then());
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
        return commits.submit(() -> db.sql("UPDATE inbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now, "
                                + "finished_at = NULL WHERE id = :id AND status = 'DEAD'")
                        .bind("now", Rows.timestamp(now))
                        .bind("id", id)
                        .fetch().rowsUpdated())
                .map(updated -> updated > 0)
                .doOnNext(replayed -> arrivals.tryEmitNext(replayed));
    }

    /** How many deliveries wait to be handled, for health and tests. */
    public Mono<Long> pendingCount() {
        return db.sql("SELECT COUNT(*) AS n FROM inbox WHERE status = 'PENDING'").map(row -> row.get("n", Long.class)).one();
    }

    /** The status of a delivery, for tests and diagnosis. */
    public Mono<String> status(String id) {
        return db.sql("SELECT status FROM inbox WHERE id = :id").bind("id", id).map(row -> row.get("status", String.class)).one();
    }

    private Mono<Void> finishNow(String id, String status, Instant now) {
        return db.sql("UPDATE inbox SET status = :status, finished_at = :now WHERE id = :id")
                .bind("status", status)
                .bind("now", Rows.timestamp(now))
                .bind("id", id)
                .then();
    }

    private static Delivery delivery(Readable row) {
        return new Delivery(row.get("id", String.class), row.get("platform", String.class), row.get("shop", String.class),
                row.get("resource_id", String.class), row.get("event", String.class), row.get("body", String.class),
                Rows.instant(row.get("received_at")), row.get("attempts", Integer.class) + 1);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
