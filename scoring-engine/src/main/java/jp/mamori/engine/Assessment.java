package jp.mamori.engine;

import java.time.Instant;
import java.util.List;

import jp.mamori.connector.Decision;
import jp.mamori.connector.Reason;
import jp.mamori.connector.Recommendation;

/**
 * What the engine concluded about one order, and the identity keys and {@linkplain OrderFacts facts} to remember
 * it by once the caller has stored it ({@link ScoringEngine#record}). Reasons come heaviest first.
 */
public record Assessment(
        String merchantId,
        Instant orderedAt,
        Decision decision,
        int score,
        List<Reason> reasons,
        Recommendation recommendation,
        String policyVersion,
        List<IdentityKey> keys,
        OrderFacts facts) {

    public Assessment {
        reasons = List.copyOf(reasons);
        keys = List.copyOf(keys);
        facts = facts == null ? OrderFacts.NONE : facts;
    }
}
