package jp.mamori.gateway.storage;

import java.sql.SQLException;
import java.time.Instant;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Idempotency-Key claims: (merchant, key) bound to the body it was first used with and the
 * screening it produced. A claim is written in the same transaction as its screening, so a crash
 * can never leave a key that points at nothing.
 */
@Component
public class IdempotencyKeys {

    /** Who holds a key: the body it was first used with and the screening it stands for. */
    public record Claim(String bodySha256, String screeningId) {
    }

    private final Reads reads;

    public IdempotencyKeys(Reads reads) {
        this.reads = reads;
    }

    /** Takes the key; fails with a {@code DataIntegrityViolationException} when it is already taken. */
    public void insert(WriteSession sql, String merchantId, String key, Claim claim, Instant at) throws SQLException {
        sql.update("INSERT INTO idempotency_keys (merchant_id, idempotency_key, body_sha256, screening_id, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", merchantId, key, claim.bodySha256(), claim.screeningId(), at);
    }

    /** The claim on a key, if it is taken and committed. */
    public Mono<Claim> find(String merchantId, String key) {
        return reads.one("SELECT body_sha256, screening_id FROM idempotency_keys WHERE merchant_id = ? AND idempotency_key = ?",
                row -> new Claim(row.getString(1), row.getString(2)), merchantId, key);
    }
}
