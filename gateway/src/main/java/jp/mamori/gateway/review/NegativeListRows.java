package jp.mamori.gateway.review;

import java.time.Instant;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.gateway.storage.Rows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The shared negative list as stored: one row per identity key and listing merchant. */
@Component
public class NegativeListRows {

    /** One merchant's listing of one key; {@code screeningId} is the order that led to it, null for an imported one. */
    public record Listing(IdentityKey key, String sourceMerchant, String reason, String screeningId,
                          Instant registeredAt, Instant expiresAt) {
    }

    private final DatabaseClient db;

    public NegativeListRows(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Stores {@code listing} unless its merchant listed that key already; true when stored. The first
     * listing stays, so sending the same confirmation again changes nothing. Must run in the single
     * writer of {@link jp.mamori.gateway.storage.GroupCommit}, so look-up and insert never interleave.
     */
    public Mono<Boolean> insertIfAbsent(Listing listing) {
        return db.sql("SELECT COUNT(*) AS n FROM negative_list WHERE kind = :kind AND key_hash = :hash AND source_merchant = :merchant")
                .bind("kind", listing.key().kind().label())
                .bind("hash", listing.key().hash())
                .bind("merchant", listing.sourceMerchant())
                .map(row -> row.get("n", Long.class))
                .one()
                .flatMap(n -> n > 0 ? Mono.just(false) : insert(listing).thenReturn(true));
    }

    private Mono<Void> insert(Listing listing) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("INSERT INTO negative_list "
                        + "(kind, key_hash, source_merchant, reason, screening_id, registered_at, expires_at) "
                        + "VALUES (:kind, :hash, :merchant, :reason, :screening, :at, :expires)")
                .bind("kind", listing.key().kind().label())
                .bind("hash", listing.key().hash())
                .bind("merchant", listing.sourceMerchant())
                .bind("reason", listing.reason())
                .bind("at", Rows.timestamp(listing.registeredAt()));
        // An imported listing comes from no screening.
        insert = listing.screeningId() == null ? insert.bindNull("screening", String.class)
                : insert.bind("screening", listing.screeningId());
        insert = listing.expiresAt() == null ? insert.bindNull("expires", java.time.OffsetDateTime.class)
                : insert.bind("expires", Rows.timestamp(listing.expiresAt()));
        return insert.then();
    }

    /** Takes {@code sourceMerchant}'s listing of {@code key} off; true when there was one. */
    public Mono<Boolean> delete(IdentityKey key, String sourceMerchant) {
        return db.sql("DELETE FROM negative_list WHERE kind = :kind AND key_hash = :hash AND source_merchant = :merchant")
                .bind("kind", key.kind().label())
                .bind("hash", key.hash())
                .bind("merchant", sourceMerchant)
                .fetch()
                .rowsUpdated()
                .map(deleted -> deleted > 0);
    }

    /** The listings that have not expired at {@code now}. */
    public Flux<Listing> activeAt(Instant now) {
        return db.sql("SELECT kind, key_hash, source_merchant, reason, screening_id, registered_at, expires_at "
                        + "FROM negative_list WHERE expires_at IS NULL OR expires_at > :now")
                .bind("now", Rows.timestamp(now))
                .map(row -> new Listing(
                        new IdentityKey(IdentityKind.fromLabel(row.get("kind", String.class)), row.get("key_hash", String.class)),
                        row.get("source_merchant", String.class),
                        row.get("reason", String.class),
                        row.get("screening_id", String.class),
                        Rows.instant(row.get("registered_at")),
                        Rows.instant(row.get("expires_at"))))
                .all();
    }
}
