package jp.mamori.gateway.psp.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.engine.DeclineEvent;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.gateway.storage.Rows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Declines providers reported, as the engine keyed them: stored before they count, given back to it at start. */
@Component
public class PspDeclines {

    private final GroupCommit commits;
    private final DatabaseClient db;

    public PspDeclines(GroupCommit commits, DatabaseClient db) {
        this.commits = commits;
        this.db = db;
    }

    /**
     * Stores the decline that the delivery {@code deliveryId} reported; false when it was stored before (the delivery
     * was applied once already, and the gateway stopped before it was marked done).
     */
    public Mono<Boolean> insertIfNew(String deliveryId, DeclineEvent decline) {
        return commits.write(sql -> sql.queryLong("SELECT COUNT(*) FROM psp_declines WHERE delivery_id = ?", deliveryId) == 0
                && sql.update("INSERT INTO psp_declines (delivery_id, merchant_id, declined_at, card_bin, card_last4, "
                        + "identity_keys) VALUES (?, ?, ?, ?, ?, ?)", deliveryId, decline.merchantId(), decline.at(),
                decline.cardBin(), decline.cardLast4(), encode(decline.keys())) == 1);
    }

    /** The declines made after {@code since}, oldest first. */
    public Flux<DeclineEvent> since(Instant since) {
        return db.sql("SELECT merchant_id, declined_at, card_bin, card_last4, identity_keys FROM psp_declines "
                        + "WHERE declined_at > :since ORDER BY declined_at")
                .bind("since", Rows.timestamp(since))
                .map(row -> new DeclineEvent(row.get("merchant_id", String.class), Rows.instant(row.get("declined_at")),
                        decode(row.get("identity_keys", String.class)), row.get("card_bin", String.class),
                        row.get("card_last4", String.class)))
                .all();
    }

    /** Deletes up to {@code limit} declines made before {@code before}; answers how many. */
    Mono<Integer> forgetBefore(Instant before, int limit) {
        return commits.write(sql -> sql.update("DELETE FROM psp_declines WHERE declined_at < ? FETCH FIRST ? ROWS ONLY",
                before, limit));
    }

    private static String encode(List<IdentityKey> keys) {
        StringBuilder text = new StringBuilder();
        for (IdentityKey key : keys) {
            text.append(key.kind().label()).append(':').append(key.hash()).append('\n');
        }
        return text.toString();
    }

    private static List<IdentityKey> decode(String text) {
        List<IdentityKey> keys = new ArrayList<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                keys.add(new IdentityKey(IdentityKind.fromLabel(line.substring(0, colon)), line.substring(colon + 1)));
            }
        }
        return keys;
    }
}
