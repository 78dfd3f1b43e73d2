package jp.mamori.gateway.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.connector.Decision;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.OrderFacts;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stored screenings: the answer as given, and the identity keys and order facts engine state is rebuilt from. */
@Component
public class Screenings {

    /**
     * What is stored of one screening. {@code resultJson} is the answer exactly as it was sent; {@code facts}
     * what the engine remembers of the order besides its keys.
     */
    public record StoredScreening(
            String id, String merchantId, String orderId, Instant orderedAt, Instant screenedAt,
            String decision, int score, String policyVersion, String resultJson, Iterable<IdentityKey> keys,
            OrderFacts facts) {
    }

    /** The identity keys and facts of one stored screening, as history. */
    public record HistoryEvent(String merchantId, List<IdentityKey> keys, OrderFacts facts, Instant orderedAt) {
    }

    /** A screening as the merchant reads it back: the answer exactly as it was sent, and its place in the queue. */
    public record ReadBack(String resultJson, boolean inReviewQueue) {
    }

    private record KeyRow(String screeningId, String merchantId, IdentityKey key, Instant orderedAt, String facts) {
    }

    private final DatabaseClient db;
    private final Reads reads;

    public Screenings(DatabaseClient db, Reads reads) {
        this.db = db;
        this.reads = reads;
    }

    /** Stores the screening and its keys, inside the caller's write; a REVIEW goes into the review queue. */
    public void save(WriteSession sql, StoredScreening s) throws SQLException {
        OrderFacts facts = s.facts() == null ? OrderFacts.NONE : s.facts();
        sql.update("INSERT INTO screenings (id, merchant_id, order_id, ordered_at, screened_at, decision, score, "
                        + "policy_version, result_json, order_facts, long_term, in_review_queue) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.merchantId(), s.orderId(), s.orderedAt(), s.screenedAt(), s.decision(), s.score(),
                s.policyVersion(), s.resultJson(), facts.encode(), facts.isLongTerm(),
                Decision.REVIEW.name().equals(s.decision()));
        List<Object[]> keys = new ArrayList<>();
        for (IdentityKey key : s.keys()) {
            keys.add(new Object[] {s.id(), s.merchantId(), key.kind().label(), key.hash(), s.orderedAt()});
        }
        sql.updateEach("INSERT INTO screening_keys (screening_id, merchant_id, kind, key_hash, ordered_at) "
                + "VALUES (?, ?, ?, ?, ?)", keys);
    }

    /**
     * Puts into the review queue a screening its decision did not put there (an NG that a fallback had answered),
     * inside the caller's write. Its stored answer stays as it was given.
     */
    public void queueForReview(WriteSession sql, String screeningId) throws SQLException {
        sql.update("UPDATE screenings SET in_review_queue = TRUE WHERE id = ?", screeningId);
    }

    /** The stored answer of one of this merchant's screenings; another merchant's is not found. */
    public Mono<String> resultJson(String merchantId, String screeningId) {
        return reads.one("SELECT result_json FROM screenings WHERE id = ? AND merchant_id = ?", row -> row.getString(1),
                screeningId, merchantId);
    }

    /** One of this merchant's screenings as read back: its stored answer and whether it is in the review queue. */
    public Mono<ReadBack> readBack(String merchantId, String screeningId) {
        return reads.one("SELECT result_json, in_review_queue FROM screenings WHERE id = ? AND merchant_id = ?",
                row -> new ReadBack(row.getString(1), row.getBoolean(2)), screeningId, merchantId);
    }

    /** Whether this merchant has a screening with that id; another merchant's does not count. */
    public Mono<Boolean> exists(String merchantId, String screeningId) {
        return db.sql("SELECT COUNT(*) AS n FROM screenings WHERE id = :id AND merchant_id = :merchant")
                .bind("id", screeningId)
                .bind("merchant", merchantId)
                .map(row -> row.get("n", Long.class) > 0)
                .one();
    }

    /** When the order of one screening was placed. */
    public Mono<Instant> orderedAt(String screeningId) {
        return db.sql("SELECT ordered_at FROM screenings WHERE id = :id")
                .bind("id", screeningId)
                .map(row -> Rows.instant(row.get("ordered_at")))
                .one();
    }

    /** The identity keys of one screening. */
    public Flux<IdentityKey> keys(String screeningId) {
        return db.sql("SELECT kind, key_hash FROM screening_keys WHERE screening_id = :id")
                .bind("id", screeningId)
                .map(row -> new IdentityKey(IdentityKind.fromLabel(row.get("kind", String.class)), row.get("key_hash", String.class)))
                .all();
    }

    /** The screenings of orders placed after {@code since}, each with its identity keys and facts, oldest first. */
    public Flux<HistoryEvent> historySince(Instant since) {
        return history(db.sql("SELECT k.screening_id, k.merchant_id, k.kind, k.key_hash, k.ordered_at, s.order_facts "
                        + "FROM screening_keys k JOIN screenings s ON s.id = k.screening_id "
                        + "WHERE k.ordered_at > :since ORDER BY k.ordered_at, k.screening_id")
                .bind("since", Rows.timestamp(since)));
    }

    /**
     * The screenings whose facts outlive velocity (first-purchase-only items, an affiliate's own order) of orders
     * placed after {@code since} and up to {@code until}, oldest first: what the engine's long-term ledgers are
     * rebuilt from.
     */
    public Flux<HistoryEvent> longTermHistory(Instant since, Instant until) {
        return history(db.sql("SELECT k.screening_id, k.merchant_id, k.kind, k.key_hash, k.ordered_at, s.order_facts "
                        + "FROM screenings s JOIN screening_keys k ON k.screening_id = s.id "
                        + "WHERE s.long_term = TRUE AND s.ordered_at > :since AND s.ordered_at <= :until "
                        + "ORDER BY s.ordered_at, s.id")
                .bind("since", Rows.timestamp(since))
                .bind("until", Rows.timestamp(until)));
    }

    private static Flux<HistoryEvent> history(DatabaseClient.GenericExecuteSpec query) {
        return query
                .map(row -> new KeyRow(
                        row.get("screening_id", String.class),
                        row.get("merchant_id", String.class),
                        new IdentityKey(IdentityKind.fromLabel(row.get("kind", String.class)), row.get("key_hash", String.class)),
                        Rows.instant(row.get("ordered_at")),
                        row.get("order_facts", String.class)))
                .all()
                .bufferUntilChanged(KeyRow::screeningId)
                .map(rows -> new HistoryEvent(rows.get(0).merchantId(), rows.stream().map(KeyRow::key).toList(),
                        OrderFacts.decode(rows.get(0).facts()), rows.get(0).orderedAt()));
    }
}
