package jp.mamori.gateway.policy;

import java.time.Instant;

import jp.mamori.engine.PolicyFormat;
import jp.mamori.gateway.storage.Rows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Merchants' policies as stored: every upload a row, the latest of a merchant in force. */
@Component
public class MerchantPolicyRows {

    /** One upload of a merchant's policy; {@code seq} orders all uploads of all merchants. */
    public record StoredPolicy(long seq, String merchantId, String version, PolicyFormat format, String document,
                               Instant uploadedAt) {
    }

    private static final String COLUMNS = "seq, merchant_id, version, format, document, uploaded_at";

    private final DatabaseClient db;

    public MerchantPolicyRows(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Stores a new upload after every other; answers it with its seq. Must run in the single writer of
     * {@link jp.mamori.gateway.storage.GroupCommit}, so that no two uploads take the same seq.
     */
    public Mono<StoredPolicy> insert(String merchantId, String version, PolicyFormat format, String document, Instant at) {
        return db.sql("SELECT COALESCE(MAX(seq), 0) AS seq FROM merchant_policies")
                .map(row -> ((Number) row.get("seq")).longValue() + 1)
                .one()
                .flatMap(seq -> db.sql("INSERT INTO merchant_policies (" + COLUMNS + ") "
                                + "VALUES (:seq, :merchant, :version, :format, :document, :at)")
                        .bind("seq", seq)
                        .bind("merchant", merchantId)
                        .bind("version", version)
                        .bind("format", format.name())
                        .bind("document", document)
                        .bind("at", Rows.timestamp(at))
                        .then()
                        .thenReturn(new StoredPolicy(seq, merchantId, version, format, document, at)));
    }

    /** The latest upload of {@code version} by {@code merchantId}, if it was ever uploaded. */
    public Mono<StoredPolicy> findVersion(String merchantId, String version) {
        return db.sql("SELECT " + COLUMNS + " FROM merchant_policies WHERE merchant_id = :merchant AND version = :version "
                        + "ORDER BY seq DESC LIMIT 1")
                .bind("merchant", merchantId)
                .bind("version", version)
                .map(MerchantPolicyRows::stored)
                .one();
    }

    /** The policy {@code merchantId} is screened with, if it has one of its own. */
    public Mono<StoredPolicy> inForce(String merchantId) {
        return db.sql("SELECT " + COLUMNS + " FROM merchant_policies WHERE merchant_id = :merchant ORDER BY seq DESC LIMIT 1")
                .bind("merchant", merchantId)
                .map(MerchantPolicyRows::stored)
                .one();
    }

    /** The policy in force of every merchant that has one. */
    public Flux<StoredPolicy> allInForce() {
        return db.sql("SELECT " + COLUMNS + " FROM merchant_policies p "
                        + "WHERE seq = (SELECT MAX(seq) FROM merchant_policies q WHERE q.merchant_id = p.merchant_id)")
                .map(MerchantPolicyRows::stored)
                .all();
    }

    private static StoredPolicy stored(io.r2dbc.spi.Readable row) {
        return new StoredPolicy(
                ((Number) row.get("seq")).longValue(),
                row.get("merchant_id", String.class),
                row.get("version", String.class),
                PolicyFormat.valueOf(row.get("format", String.class)),
                row.get("document", String.class),
                Rows.instant(row.get("uploaded_at")));
    }
}
