package jp.mamori.gateway.storage;

import java.time.Instant;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Merchants and their API keys (stored as hashes). */
@Component
public class Merchants {

    /** A merchant as the admin API shows it. */
    public record Merchant(String id, String name, Instant createdAt) {
    }

    /** An API key's record, without the key. */
    public record KeyRecord(String keyId, String label, Instant createdAt, Instant revokedAt) {
    }

    private final DatabaseClient db;
    private final GroupCommit commits;
    private final Reads reads;

    public Merchants(DatabaseClient db, GroupCommit commits, Reads reads) {
        this.db = db;
        this.commits = commits;
        this.reads = reads;
    }

    public Mono<Void> create(Merchant merchant) {
        return commits.submit(() -> insertMerchant(merchant));
    }

    private Mono<Void> insertMerchant(Merchant merchant) {
        return db.sql("INSERT INTO merchants (id, name, created_at) VALUES (:id, :name, :at)")
                .bind("id", merchant.id())
                .bind("name", merchant.name())
                .bind("at", Rows.timestamp(merchant.createdAt()))
                .then();
    }

    public Mono<Merchant> find(String id) {
        return db.sql("SELECT id, name, created_at FROM merchants WHERE id = :id")
                .bind("id", id)
                .map(row -> new Merchant(row.get("id", String.class), row.get("name", String.class),
                        Rows.instant(row.get("created_at"))))
                .one();
    }

    public Mono<Void> addKey(String merchantId, String keyId, String keyHash, String label, Instant at) {
        return commits.submit(() -> insertKey(merchantId, keyId, keyHash, label, at));
    }

    private Mono<Void> insertKey(String merchantId, String keyId, String keyHash, String label, Instant at) {
        return db.sql("INSERT INTO api_keys (key_hash, key_id, merchant_id, label, created_at) "
                        + "VALUES (:hash, :keyId, :merchant, :label, :at)")
                .bind("hash", keyHash)
                .bind("keyId", keyId)
                .bind("merchant", merchantId)
                .bind("label", label)
                .bind("at", Rows.timestamp(at))
                .then();
    }

    /** Creates a merchant together with its first key, or neither. */
    public Mono<Void> createWithKey(Merchant merchant, String keyId, String keyHash, String label) {
        return commits.submit(() -> insertMerchant(merchant).then(insertKey(merchant.id(), keyId, keyHash, label, merchant.createdAt())));
    }

    /** The merchant an active key belongs to. */
    public Mono<String> merchantOfKey(String keyHash) {
        return reads.one("SELECT merchant_id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL", row -> row.getString(1),
                keyHash);
    }

    /** Whether a key with this hash exists at all, revoked or not. */
    public Mono<Boolean> keyExists(String keyHash) {
        return db.sql("SELECT COUNT(*) AS n FROM api_keys WHERE key_hash = :hash")
                .bind("hash", keyHash)
                .map(row -> row.get("n", Long.class) > 0)
                .one();
    }

    public Flux<KeyRecord> keys(String merchantId) {
        return db.sql("SELECT key_id, label, created_at, revoked_at FROM api_keys WHERE merchant_id = :merchant ORDER BY created_at")
                .bind("merchant", merchantId)
                .map(row -> new KeyRecord(row.get("key_id", String.class), row.get("label", String.class),
                        Rows.instant(row.get("created_at")), Rows.instant(row.get("revoked_at"))))
                .all();
    }

    /** Revokes one key of a merchant; answers how many were revoked (0 when unknown or already revoked). */
    public Mono<Long> revokeKey(String merchantId, String keyId, Instant at) {
        return commits.submit(() -> db.sql("UPDATE api_keys SET revoked_at = :at WHERE merchant_id = :merchant AND key_id = :keyId AND revoked_at IS NULL")
                .bind("at", Rows.timestamp(at))
                .bind("merchant", merchantId)
                .bind("keyId", keyId)
                .fetch().rowsUpdated());
    }

    /** Revokes every active key of a merchant that carries {@code label}. */
    public Mono<Long> revokeLabelled(String merchantId, String label, Instant at) {
        return commits.submit(() -> db.sql("UPDATE api_keys SET revoked_at = :at WHERE merchant_id = :merchant AND label = :label AND revoked_at IS NULL")
                .bind("at", Rows.timestamp(at))
                .bind("merchant", merchantId)
                .bind("label", label)
                .fetch().rowsUpdated());
    }
}
