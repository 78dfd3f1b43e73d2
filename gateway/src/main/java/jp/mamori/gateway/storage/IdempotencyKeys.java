package jp.mamori.gateway.storage;

import java.time.Instant;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Idempotency-Key claims. A claim binds (merchant, key) to one body and one screening id before the
 * screening runs, so two concurrent requests with the same key can never both screen.
 */
@Repository
public class IdempotencyKeys {

    /** Who holds a key: the body it was first used with and the screening it stands for. */
    public record Claim(String bodySha256, String screeningId) {
    }

    private final DatabaseClient db;

    public IdempotencyKeys(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Claims the key for {@code claim}. Answers the existing claim when the key was already taken
     * (by this body or another), or empty when this call took it.
     */
    public Mono<Claim> claim(String merchantId, String key, Claim claim, Instant at) {
        return db.sql("INSERT INTO idempotency_keys (merchant_id, idempotency_key, body_sha256, screening_id, created_at) "
                        + "VALUES (:merchant, :key, :body, :screening, :at)")
                .bind("merchant", merchantId)
                .bind("key", key)
                .bind("body", claim.bodySha256())
                .bind("screening", claim.screeningId())
                .bind("at", Rows.timestamp(at))
                .then()
                .then(Mono.<Claim>empty())
                .onErrorResume(DataIntegrityViolationException.class, e -> existing(merchantId, key));
    }

    /** Gives the key up again, when the screening it was claimed for could not be made. */
    public Mono<Void> release(String merchantId, String key) {
        return db.sql("DELETE FROM idempotency_keys WHERE merchant_id = :merchant AND idempotency_key = :key")
                .bind("merchant", merchantId)
                .bind("key", key)
                .then();
    }

    private Mono<Claim> existing(String merchantId, String key) {
        return db.sql("SELECT body_sha256, screening_id FROM idempotency_keys WHERE merchant_id = :merchant AND idempotency_key = :key")
                .bind("merchant", merchantId)
                .bind("key", key)
                .map(row -> new Claim(row.get("body_sha256", String.class), row.get("screening_id", String.class)))
                .one();
    }
}
