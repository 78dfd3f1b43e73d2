package jp.mamori.gateway.shops;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Rows;
import jp.mamori.gateway.storage.SecretBox;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Connected shops in the database, their secrets sealed by {@link SecretBox}. */
@Component
public class ShopRecords {

    /** A shop with its secrets opened. */
    public record StoredShop(ShopConfig config, ShopSecrets secrets) {
    }

    private final DatabaseClient db;
    private final GroupCommit commits;
    private final SecretBox box;
    private final ScreeningJson json;

    public ShopRecords(DatabaseClient db, GroupCommit commits, SecretBox box, ScreeningJson json) {
        this.db = db;
        this.commits = commits;
        this.box = box;
        this.json = json;
    }

    /** Creates or replaces the shop. */
    public Mono<Void> put(ShopConfig config, ShopSecrets secrets, Instant at) {
        String settings = new String(json.write(config), StandardCharsets.UTF_8);
        String sealed = box.seal(new String(json.write(secrets), StandardCharsets.UTF_8));
        return commits.submit(() -> db.sql("DELETE FROM shops WHERE id = :id").bind("id", config.shop()).then()
                .then(db.sql("INSERT INTO shops (id, platform, merchant_id, settings_json, secrets_sealed, updated_at) "
                                + "VALUES (:id, :platform, :merchant, :settings, :sealed, :at)")
                        .bind("id", config.shop())
                        .bind("platform", config.platform())
                        .bind("merchant", config.merchantId())
                        .bind("settings", settings)
                        .bind("sealed", sealed)
                        .bind("at", Rows.timestamp(at))
                        .then()));
    }

    public Mono<StoredShop> find(String shop) {
        return db.sql("SELECT settings_json, secrets_sealed FROM shops WHERE id = :id")
                .bind("id", shop)
                .map(row -> new StoredShop(
                        json.read(row.get("settings_json", String.class).getBytes(StandardCharsets.UTF_8), ShopConfig.class),
                        json.read(box.open(row.get("secrets_sealed", String.class)).getBytes(StandardCharsets.UTF_8),
                                ShopSecrets.class)))
                .one();
    }

    /** Removes the shop; answers whether there was one. */
    public Mono<Boolean> delete(String shop) {
        return commits.submit(() -> db.sql("DELETE FROM shops WHERE id = :id").bind("id", shop).fetch().rowsUpdated())
                .map(deleted -> deleted > 0);
    }
}
