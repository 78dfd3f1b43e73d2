package jp.mamori.gateway.psp.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.connector.Sha256;
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
     * Stores the decline of one attempt, {@code declineKey} naming it; false when it was stored before (the event was
     * applied once already and the gateway stopped before it was marked done, or another event told of the attempt).
     */
    public Mono<Boolean> insertIfNew(String declineKey, DeclineEvent decline) {
        return commits.write(sql -> sql.queryLong("SELECT COUNT(*) FROM psp_declines WHERE decline_key = ?", declineKey) == 0
                && sql.update("INSERT INTO psp_declines (decline_key, merchant_id, declined_at, card_bin, card_last4, "
                        + "identity_keys) VALUES (?, ?, ?, ?, ?, ?)", declineKey, decline.merchantId(), decline.at(),
                decline.cardBin(), decline.cardLast4(), encode(decline.keys())) == 1);
    }

    /** The key of one declined attempt: who it was declined for, by which provider, under which of its ids. */
    public static String key(String merchantId, String provider, String attemptId) {
        return Sha256.hex((merchantId + '\n' + provider + '\n' + attemptId).getBytes(StandardCharsets.UTF_8));
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
        // A limit in a subquery, not on the DELETE itself: PostgreSQL has none there.
        return commits.write(sql -> sql.update("DELETE FROM psp_declines WHERE decline_key IN (SELECT decline_key FROM "
                + "psp_declines WHERE declined_at < ? FETCH FIRST ? ROWS ONLY)", before, limit));
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
