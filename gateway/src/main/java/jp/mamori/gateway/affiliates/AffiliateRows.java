package jp.mamori.gateway.affiliates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.gateway.storage.Rows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Affiliates' registrations as stored: one row per identity key, only keys, never the values they were made from. */
@Component
public class AffiliateRows {

    /** One affiliate's registration: its keys, and when the merchant last registered it. */
    public record Registration(String merchantId, String affiliateId, List<IdentityKey> keys, Instant registeredAt) {
    }

    private record KeyRow(String merchantId, String affiliateId, IdentityKey key, Instant registeredAt) {
    }

    private static final String COLUMNS = "merchant_id, affiliate_id, kind, key_hash, registered_at";
    private static final String ORDER = " ORDER BY merchant_id, affiliate_id, kind, key_hash";

    private final DatabaseClient db;

    public AffiliateRows(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Stores {@code registration} in place of the affiliate's earlier one; true when it had none. Must run in the
     * single writer of {@link jp.mamori.gateway.storage.GroupCommit}, so that two registrations never interleave.
     */
    public Mono<Boolean> replace(Registration registration) {
        return delete(registration.merchantId(), registration.affiliateId())
                .flatMap(existed -> Flux.fromIterable(registration.keys())
                        .concatMap(key -> db.sql("INSERT INTO affiliate_keys (" + COLUMNS + ") "
                                        + "VALUES (:merchant, :affiliate, :kind, :hash, :at)")
                                .bind("merchant", registration.merchantId())
                                .bind("affiliate", registration.affiliateId())
                                .bind("kind", key.kind().label())
                                .bind("hash", key.hash())
                                .bind("at", Rows.timestamp(registration.registeredAt()))
                                .then())
                        .then(Mono.just(!existed)));
    }

    /** Deletes the affiliate's registration; true when there was one. Must run in the single writer. */
    public Mono<Boolean> delete(String merchantId, String affiliateId) {
        return db.sql("DELETE FROM affiliate_keys WHERE merchant_id = :merchant AND affiliate_id = :affiliate")
                .bind("merchant", merchantId)
                .bind("affiliate", affiliateId)
                .fetch()
                .rowsUpdated()
                .map(deleted -> deleted > 0);
    }

    /** The affiliate's registration, if it has one. */
    public Mono<Registration> find(String merchantId, String affiliateId) {
        return registrations(db.sql("SELECT " + COLUMNS + " FROM affiliate_keys "
                        + "WHERE merchant_id = :merchant AND affiliate_id = :affiliate" + ORDER)
                .bind("merchant", merchantId)
                .bind("affiliate", affiliateId))
                .next();
    }

    /** The registrations of one merchant's affiliates, by affiliate id. */
    public Flux<Registration> ofMerchant(String merchantId) {
        return registrations(db.sql("SELECT " + COLUMNS + " FROM affiliate_keys WHERE merchant_id = :merchant" + ORDER)
                .bind("merchant", merchantId));
    }

    /** Every registration of every merchant, for the engine at start. */
    public Flux<Registration> all() {
        return registrations(db.sql("SELECT " + COLUMNS + " FROM affiliate_keys" + ORDER));
    }

    /** Rows come sorted by merchant and affiliate: consecutive rows of one affiliate make its registration. */
    private static Flux<Registration> registrations(DatabaseClient.GenericExecuteSpec query) {
        return query.map(row -> new KeyRow(
                        row.get("merchant_id", String.class),
                        row.get("affiliate_id", String.class),
                        new IdentityKey(IdentityKind.fromLabel(row.get("kind", String.class)), row.get("key_hash", String.class)),
                        Rows.instant(row.get("registered_at"))))
                .all()
                .bufferUntilChanged(row -> row.merchantId() + '\n' + row.affiliateId())
                .map(rows -> {
                    List<IdentityKey> keys = new ArrayList<>(rows.size());
                    rows.forEach(row -> keys.add(row.key()));
                    KeyRow first = rows.get(0);
                    return new Registration(first.merchantId(), first.affiliateId(), List.copyOf(keys), first.registeredAt());
                });
    }
}
