package jp.mamori.gateway.storage;

import java.time.Instant;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Partners (PSPs acting for many merchants), their API keys (stored as hashes) and the merchants linked to them. */
@Component
public class Partners {

    /** A partner as the admin API shows it. */
    public record Partner(String id, String name, Instant createdAt) {
    }

    /** A partner key's record, without the key. */
    public record KeyRecord(String keyId, Instant createdAt, Instant revokedAt) {
    }

    private final DatabaseClient db;
    private final GroupCommit commits;
    private final Reads reads;

    public Partners(DatabaseClient db, GroupCommit commits, Reads reads) {
        this.db = db;
        this.commits = commits;
        this.reads = reads;
    }

    /** Creates a partner together with its first key, or neither. */
    public Mono<Void> createWithKey(Partner partner, String keyId, String keyHash) {
        return commits.submit(() -> db.sql("INSERT INTO partners (id, name, created_at) VALUES (:id, :name, :at)")
                .bind("id", partner.id())
                .bind("name", partner.name())
                .bind("at", Rows.timestamp(partner.createdAt()))
                .then()
                .then(insertKey(partner.id(), keyId, keyHash, partner.createdAt())));
    }

    public Mono<Void> addKey(String partnerId, String keyId, String keyHash, Instant at) {
        return commits.submit(() -> insertKey(partnerId, keyId, keyHash, at));
    }

    private Mono<Void> insertKey(String partnerId, String keyId, String keyHash, Instant at) {
        return db.sql("INSERT INTO partner_keys (key_hash, key_id, partner_id, created_at) VALUES (:hash, :keyId, :partner, :at)")
                .bind("hash", keyHash)
                .bind("keyId", keyId)
                .bind("partner", partnerId)
                .bind("at", Rows.timestamp(at))
                .then();
    }

    public Mono<Partner> find(String id) {
        return db.sql("SELECT id, name, created_at FROM partners WHERE id = :id")
                .bind("id", id)
                .map(row -> new Partner(row.get("id", String.class), row.get("name", String.class),
                        Rows.instant(row.get("created_at"))))
                .one();
    }

    public Flux<KeyRecord> keys(String partnerId) {
        return db.sql("SELECT key_id, created_at, revoked_at FROM partner_keys WHERE partner_id = :partner ORDER BY created_at")
                .bind("partner", partnerId)
                .map(row -> new KeyRecord(row.get("key_id", String.class), Rows.instant(row.get("created_at")),
                        Rows.instant(row.get("revoked_at"))))
                .all();
    }

    /** Revokes one key of a partner; answers how many were revoked (0 when unknown or already revoked). */
    public Mono<Long> revokeKey(String partnerId, String keyId, Instant at) {
        return commits.submit(() -> db.sql("UPDATE partner_keys SET revoked_at = :at "
                        + "WHERE partner_id = :partner AND key_id = :keyId AND revoked_at IS NULL")
                .bind("at", Rows.timestamp(at))
                .bind("partner", partnerId)
                .bind("keyId", keyId)
                .fetch().rowsUpdated());
    }

    /** The partner an active key belongs to; on the authorization's hot path, hence a read by primary key. */
    public Mono<String> partnerOfKey(String keyHash) {
        return reads.one("SELECT partner_id FROM partner_keys WHERE key_hash = ? AND revoked_at IS NULL",
                row -> row.getString(1), keyHash);
    }

    /** Whether {@code merchantId} is a merchant linked to {@code partnerId}; on the authorization's hot path too. */
    public Mono<Boolean> actsFor(String partnerId, String merchantId) {
        return reads.one("SELECT 1 FROM merchants WHERE id = ? AND partner_id = ?", row -> true, merchantId, partnerId)
                .defaultIfEmpty(false);
    }

    /** The ids of the merchants linked to a partner. */
    public Flux<String> merchantIds(String partnerId) {
        return db.sql("SELECT id FROM merchants WHERE partner_id = :partner ORDER BY id")
                .bind("partner", partnerId)
                .map(row -> row.get("id", String.class))
                .all();
    }

    /** Links a merchant to a partner, in place of any it had; both must exist. */
    public Mono<Void> link(String merchantId, String partnerId) {
        return commits.submit(() -> db.sql("UPDATE merchants SET partner_id = :partner WHERE id = :merchant")
                .bind("partner", partnerId)
                .bind("merchant", merchantId)
                .then());
    }

    /** Unlinks a merchant from its partner, if it has one. */
    public Mono<Void> unlink(String merchantId) {
        return commits.submit(() -> db.sql("UPDATE merchants SET partner_id = NULL WHERE id = :merchant")
                .bind("merchant", merchantId)
                .then());
    }
}
