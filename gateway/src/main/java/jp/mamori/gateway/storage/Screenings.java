package jp.mamori.gateway.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stored screenings: the answer as given, and the identity keys velocity is rebuilt from. */
@Repository
public class Screenings {

    /** What is stored of one screening. {@code resultJson} is the answer exactly as it was sent. */
    public record StoredScreening(
            String id, String merchantId, String orderId, Instant orderedAt, Instant screenedAt,
            String decision, int score, String policyVersion, String resultJson, Iterable<IdentityKey> keys) {
    }

    /** The identity keys of one stored screening, as history. */
    public record HistoryEvent(String merchantId, List<IdentityKey> keys, Instant orderedAt) {
    }

    private record KeyRow(String screeningId, String merchantId, IdentityKey key, Instant orderedAt) {
    }

    private final DatabaseClient db;

    public Screenings(DatabaseClient db) {
        this.db = db;
    }

    /** Stores the screening and its keys, inside the caller's write. */
    public void save(WriteSession sql, StoredScreening s) throws SQLException {
        sql.update("INSERT INTO screenings (id, merchant_id, order_id, ordered_at, screened_at, decision, score, "
                        + "policy_version, result_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.merchantId(), s.orderId(), s.orderedAt(), s.screenedAt(), s.decision(), s.score(),
                s.policyVersion(), s.resultJson());
        List<Object[]> keys = new ArrayList<>();
        for (IdentityKey key : s.keys()) {
            keys.add(new Object[] {s.id(), s.merchantId(), key.kind().label(), key.hash(), s.orderedAt()});
        }
        sql.updateEach("INSERT INTO screening_keys (screening_id, merchant_id, kind, key_hash, ordered_at) "
                + "VALUES (?, ?, ?, ?, ?)", keys);
    }

    /** The stored answer of one of this merchant's screenings; another merchant's is not found. */
    public Mono<String> resultJson(String merchantId, String screeningId) {
        return db.sql("SELECT result_json FROM screenings WHERE id = :id AND merchant_id = :merchant")
                .bind("id", screeningId)
                .bind("merchant", merchantId)
                .map(row -> row.get("result_json", String.class))
                .one();
    }

    /** Whether this merchant has a screening with that id; another merchant's does not count. */
    public Mono<Boolean> exists(String merchantId, String screeningId) {
        return db.sql("SELECT COUNT(*) AS n FROM screenings WHERE id = :id AND merchant_id = :merchant")
                .bind("id", screeningId)
                .bind("merchant", merchantId)
                .map(row -> row.get("n", Long.class) > 0)
                .one();
    }

    /** The identity keys of one screening. */
    public Flux<IdentityKey> keys(String screeningId) {
        return db.sql("SELECT kind, key_hash FROM screening_keys WHERE screening_id = :id")
                .bind("id", screeningId)
                .map(row -> new IdentityKey(IdentityKind.fromLabel(row.get("kind", String.class)), row.get("key_hash", String.class)))
                .all();
    }

    /** The screenings of orders placed after {@code since}, each with its identity keys, oldest first. */
    public Flux<HistoryEvent> historySince(Instant since) {
        return db.sql("SELECT screening_id, merchant_id, kind, key_hash, ordered_at FROM screening_keys "
                        + "WHERE ordered_at > :since ORDER BY ordered_at, screening_id")
                .bind("since", Rows.timestamp(since))
                .map(row -> new KeyRow(
                        row.get("screening_id", String.class),
                        row.get("merchant_id", String.class),
                        new IdentityKey(IdentityKind.fromLabel(row.get("kind", String.class)), row.get("key_hash", String.class)),
                        Rows.instant(row.get("ordered_at"))))
                .all()
                .bufferUntilChanged(KeyRow::screeningId)
                .map(rows -> new HistoryEvent(rows.get(0).merchantId(), rows.stream().map(KeyRow::key).toList(),
                        rows.get(0).orderedAt()));
    }
}
