package jp.mamori.gateway.eccube;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.Sha256;
import jp.mamori.eccube.ScreenedOrders;
import jp.mamori.eccube.Tokens;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Reads;
import jp.mamori.gateway.storage.Rows;
import jp.mamori.gateway.storage.SecretBox;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What the gateway keeps about its EC-CUBE shops beyond their settings: the OAuth connection (tokens
 * sealed by {@link SecretBox}), the pending authorize states, the fingerprint screened per order and the one
 * being screened, and the reconciliation's high-water mark (bound to the EC-CUBE it was taken for, and
 * forgotten when the shop is removed). Every write goes through {@link GroupCommit}.
 */
@Component
public class EcCubeRecords implements ScreenedOrders {

    /** A shop's connection: its tokens (null before the first connect), and whether it must be connected again. */
    public record Connection(Tokens tokens, boolean needsReauthorization, String reason, String seededRefreshSha256,
                             String boundTo) {
    }

    /** Tokens as sealed: never logged, never shown. */
    public record SealedTokens(String accessToken, String refreshToken, Instant expiresAt) {
        @Override
        public String toString() {
            return "SealedTokens[redacted]";
        }
    }

    private final DatabaseClient db;
    private final GroupCommit commits;
    private final Reads reads;
    private final SecretBox box;
    private final ScreeningJson json;

    public EcCubeRecords(DatabaseClient db, GroupCommit commits, Reads reads, SecretBox box, ScreeningJson json) {
        this.reads = reads;
        this.db = db;
        this.commits = commits;
        this.box = box;
        this.json = json;
    }

    public Mono<Connection> connection(String shop) {
        return reads.one("SELECT tokens_sealed, needs_reauthorization, reason, seeded_refresh_sha256, bound_to "
                        + "FROM ec_cube_connections WHERE shop = ?",
                row -> new Connection(open(row.getString(1)), row.getBoolean(2), row.getString(3), row.getString(4),
                        row.getString(5)),
                shop);
    }

    /**
     * New tokens (connected, refreshed or seeded by hand) for the shop at the base URL and OAuth client
     * {@code boundTo} stands for: the shop works again.
     */
    public Mono<Void> storeTokens(String shop, Tokens tokens, String seededRefreshSha256, String boundTo, Instant now) {
        String sealed = box.seal(new String(json.write(new SealedTokens(tokens.accessToken(), tokens.refreshToken(),
                tokens.expiresAt())), StandardCharsets.UTF_8));
        return commits.write(sql -> {
            int updated = sql.update("UPDATE ec_cube_connections SET tokens_sealed = ?, needs_reauthorization = FALSE, "
                            + "reason = NULL, seeded_refresh_sha256 = COALESCE(?, seeded_refresh_sha256), bound_to = ?, updated_at = ? "
                            + "WHERE shop = ?",
                    sealed, seededRefreshSha256, boundTo, now, shop);
            if (updated == 0) {
                sql.update("INSERT INTO ec_cube_connections (shop, tokens_sealed, needs_reauthorization, reason, "
                        + "seeded_refresh_sha256, bound_to, updated_at) VALUES (?, ?, FALSE, NULL, ?, ?, ?)", shop, sealed,
                        seededRefreshSha256, boundTo, now);
            }
            return null;
        });
    }

    public Mono<Void> markNeedsReauthorization(String shop, String reason, Instant now) {
        String bounded = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        return commits.write(sql -> {
            int updated = sql.update("UPDATE ec_cube_connections SET needs_reauthorization = TRUE, reason = ?, updated_at = ? "
                    + "WHERE shop = ?", bounded, now, shop);
            if (updated == 0) {
                sql.update("INSERT INTO ec_cube_connections (shop, tokens_sealed, needs_reauthorization, reason, updated_at) "
                        + "VALUES (?, NULL, TRUE, ?, ?)", shop, bounded, now);
            }
            return null;
        });
    }

    /** The shops that must be connected again, for health. */
    public Mono<List<String>> shopsNeedingReauthorization() {
        return db.sql("SELECT c.shop FROM ec_cube_connections c JOIN shops s ON s.id = c.shop "
                        + "WHERE c.needs_reauthorization = TRUE ORDER BY c.shop")
                .map(row -> row.get("shop", String.class)).all().collectList();
    }

    /** Every EC-CUBE shop, for the reconciliation. */
    public Mono<List<String>> ecCubeShops() {
        return db.sql("SELECT id FROM shops WHERE platform = 'ec-cube' ORDER BY id")
                .map(row -> row.get("id", String.class)).all().collectList();
    }

    /** Remembers a single-use authorize state (only its hash) until {@code expiresAt}. */
    public Mono<Void> saveState(String state, String shop, Instant expiresAt, Instant now) {
        return commits.write(sql -> {
            sql.update("DELETE FROM ec_cube_oauth_states WHERE expires_at < ?", now);
            sql.update("INSERT INTO ec_cube_oauth_states (state_sha256, shop, expires_at) VALUES (?, ?, ?)",
                    hash(state), shop, expiresAt);
            return null;
        });
    }

    /** The shop a state was issued for, consuming the state; empty when it is unknown, used or expired. */
    public Mono<String> consumeState(String state, Instant now) {
        String hashed = hash(state);
        return db.sql("SELECT shop FROM ec_cube_oauth_states WHERE state_sha256 = :state")
                .bind("state", hashed)
                .map(row -> row.get("shop", String.class))
                .one()
                // Only the one DELETE that removes the row wins: a state works once, even when used twice at once.
                .flatMap(shop -> commits.write(sql -> sql.update(
                                "DELETE FROM ec_cube_oauth_states WHERE state_sha256 = ? AND expires_at > ?", hashed, now))
                        .flatMap(deleted -> deleted == 1 ? Mono.just(shop) : Mono.empty()));
    }

    @Override
    public Mono<String> lastFingerprint(String shopId, long orderId) {
        return reads.one("SELECT fingerprint FROM ec_cube_screened WHERE shop = ? AND order_id = ?", row -> row.getString(1),
                shopId, orderId);
    }

    @Override
    public Mono<Void> screening(String shopId, long orderId, String fingerprint) {
        return commits.write(sql -> {
            Instant now = Instant.now();
            int updated = sql.update("UPDATE ec_cube_screening SET fingerprint = ?, started_at = ? WHERE shop = ? AND order_id = ?",
                    fingerprint, now, shopId, orderId);
            if (updated == 0) {
                sql.update("INSERT INTO ec_cube_screening (shop, order_id, fingerprint, started_at) VALUES (?, ?, ?, ?)",
                        shopId, orderId, fingerprint, now);
            }
            return null;
        });
    }

    /**
     * The fingerprints of the order's content that are taken care of: the one last screened, and the one a
     * delivery last set out to screen. The reconciliation enqueues none of them.
     */
    public Mono<Set<String>> contentInHand(String shopId, long orderId) {
        return reads.all("SELECT fingerprint FROM ec_cube_screened WHERE shop = ? AND order_id = ? "
                        + "UNION ALL SELECT fingerprint FROM ec_cube_screening WHERE shop = ? AND order_id = ?",
                row -> row.getString(1), shopId, orderId, shopId, orderId)
                .map(Set::copyOf);
    }

    @Override
    public Mono<Void> remember(String shopId, long orderId, String fingerprint, String screeningId, String writtenBack) {
        return commits.write(sql -> {
            Instant now = Instant.now();
            int updated = sql.update("UPDATE ec_cube_screened SET fingerprint = ?, screening_id = ?, written_back = ?, "
                    + "screened_at = ? WHERE shop = ? AND order_id = ?", fingerprint, screeningId, writtenBack, now, shopId, orderId);
            if (updated == 0) {
                sql.update("INSERT INTO ec_cube_screened (shop, order_id, fingerprint, screening_id, written_back, screened_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", shopId, orderId, fingerprint, screeningId, writtenBack, now);
            }
            return null;
        });
    }

    /** How many of the shop's screened orders are only in Mamori's review queue (no Mamori42), for doctor. */
    public Mono<Long> keptInReviewQueue(String shop) {
        return db.sql("SELECT COUNT(*) AS n FROM ec_cube_screened WHERE shop = :shop AND written_back = 'REVIEW_QUEUE_ONLY'")
                .bind("shop", shop).map(row -> row.get("n", Long.class)).one();
    }

    /**
     * The reconciliation's high-water mark, if one was taken for the EC-CUBE {@code boundTo} stands for (see
     * {@link #ecCubeAt}); a mark taken for another EC-CUBE, before the shop was given another base URL, is none.
     */
    public Mono<Instant> highWater(String shop, String boundTo) {
        return db.sql("SELECT high_water FROM ec_cube_reconciliation WHERE shop = :shop AND (bound_to = :bound OR bound_to IS NULL)")
                .bind("shop", shop).bind("bound", boundTo).map(row -> Rows.instant(row.get("high_water"))).one();
    }

    /**
     * Keeps the mark a poll of the EC-CUBE {@code boundTo} stands for reached; nothing when the shop was removed
     * while the poll ran, so that a shop added again under its id starts afresh.
     */
    public Mono<Void> saveHighWater(String shop, String boundTo, Instant highWater, Instant now) {
        return commits.write(sql -> {
            int updated = sql.update("UPDATE ec_cube_reconciliation SET high_water = ?, bound_to = ?, polled_at = ? WHERE shop = ?",
                    highWater, boundTo, now, shop);
            if (updated == 0 && sql.queryLong("SELECT COUNT(*) FROM shops WHERE id = ?", shop) > 0) {
                sql.update("INSERT INTO ec_cube_reconciliation (shop, high_water, bound_to, polled_at) VALUES (?, ?, ?, ?)",
                        shop, highWater, boundTo, now);
            }
            return null;
        });
    }

    /** Forgets the shop's high-water mark: the next poll of a shop under this id looks back as a first one does. */
    public Mono<Void> forgetHighWater(String shop) {
        return commits.write(sql -> {
            sql.update("DELETE FROM ec_cube_reconciliation WHERE shop = ?", shop);
            return null;
        });
    }

    /** What a high-water mark is bound to: the EC-CUBE at {@code baseUrl}, whose order history it is a moment of. */
    public static String ecCubeAt(URI baseUrl) {
        return hash(baseUrl.toString());
    }

    private Tokens open(String sealed) {
        if (sealed == null) {
            return null;
        }
        SealedTokens tokens = json.read(box.open(sealed).getBytes(StandardCharsets.UTF_8), SealedTokens.class);
        return new Tokens(tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt());
    }

    static String hash(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
