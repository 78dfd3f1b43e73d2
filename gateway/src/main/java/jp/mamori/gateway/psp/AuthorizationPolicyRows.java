package jp.mamori.gateway.psp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.Decision;
import jp.mamori.gateway.storage.Reads;
import jp.mamori.gateway.storage.WriteSession;
import jp.mamori.psp.authorization.Action;
import jp.mamori.psp.authorization.ActionPolicy;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Merchants' authorization policies as stored: one row per merchant that has one, its actions by name. */
@Component
public class AuthorizationPolicyRows {

    /** One merchant's policy. */
    public record StoredPolicy(String merchantId, ActionPolicy policy) {
    }

    private final Reads reads;

    public AuthorizationPolicyRows(Reads reads) {
        this.reads = reads;
    }

    /** Makes {@code policy} the merchant's, inside the caller's write. */
    public void replace(WriteSession sql, String merchantId, ActionPolicy policy, Instant at) throws SQLException {
        delete(sql, merchantId);
        sql.update("INSERT INTO authorization_policies (merchant_id, on_ok, on_review, on_ng, fallback, set_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", merchantId, policy.actionFor(Decision.OK).json(),
                policy.actionFor(Decision.REVIEW).json(), policy.actionFor(Decision.NG).json(), policy.fallback().json(), at);
    }

    /** Takes the merchant's policy away, inside the caller's write. */
    public void delete(WriteSession sql, String merchantId) throws SQLException {
        sql.update("DELETE FROM authorization_policies WHERE merchant_id = ?", merchantId);
    }

    /** The policy of every merchant that has one. */
    public Mono<List<StoredPolicy>> all() {
        return reads.all("SELECT merchant_id, on_ok, on_review, on_ng, fallback FROM authorization_policies",
                AuthorizationPolicyRows::stored);
    }

    private static StoredPolicy stored(ResultSet row) throws SQLException {
        ActionPolicy policy = new ActionPolicy(Map.of(
                Decision.OK, action(row, "on_ok"),
                Decision.REVIEW, action(row, "on_review"),
                Decision.NG, action(row, "on_ng")), action(row, "fallback"));
        return new StoredPolicy(row.getString("merchant_id"), policy);
    }

    /** A stored action was valid when written; one this version cannot read stops the start rather than answer otherwise. */
    private static Action action(ResultSet row, String column) throws SQLException {
        String stored = row.getString(column);
        return Action.fromJson(stored).orElseThrow(() -> new IllegalStateException(
                "authorization_policies." + column + " holds an action this version of Mamori does not know"));
    }
}
