package jp.mamori.engine.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.checks.VelocityRule;
import jp.mamori.engine.state.VelocityStore;

/**
 * Counts an order's velocity: per rule of a policy, the orders within its window of the order's identity of its
 * kind ({@code Evidence#orderCounts}). The rules are grouped by the kind they count, so that each identity key is
 * read from the store once for all the windows of its kind (an hour, a day) rather than once per rule: a read
 * builds the key, hashes it and finds it in a table far larger than the processor's caches.
 */
public final class OrderCounter {

    private final VelocityRule[] rules;
    /** By {@link IdentityKind#ordinal()}: the indexes in {@link #rules} of the rules counting that kind. */
    private final int[][] rulesOfKind;

    public OrderCounter(List<VelocityRule> rules) {
        this.rules = rules.toArray(VelocityRule[]::new);
        this.rulesOfKind = new int[IdentityKind.values().length][];
        for (IdentityKind kind : IdentityKind.values()) {
            List<Integer> ofKind = new ArrayList<>();
            for (int r = 0; r < this.rules.length; r++) {
                if (this.rules[r].identity() == kind) {
                    ofKind.add(r);
                }
            }
            rulesOfKind[kind.ordinal()] = ofKind.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The key velocity counts the orders of one identity at one merchant under. */
    public static String key(String merchantId, IdentityKey key) {
        return merchantId + '|' + key.hash();
    }

    /**
     * Per rule, the most orders within its window that one of {@code keys} of its kind has, this order included;
     * a rule without a key of its kind in the order is left out.
     */
    public Map<VelocityRule, Integer> counts(VelocityStore velocity, String merchantId, List<IdentityKey> keys, Instant orderedAt) {
        int[] most = new int[rules.length];
        for (IdentityKey key : keys) {
            int[] ofKind = rulesOfKind[key.kind().ordinal()];
            if (ofKind.length == 0) {
                continue;
            }
            Instant[] froms = new Instant[ofKind.length];
            for (int i = 0; i < ofKind.length; i++) {
                froms[i] = orderedAt.minus(rules[ofKind[i]].window());
            }
            int[] earlier = velocity.count(key(merchantId, key), froms, orderedAt);
            for (int i = 0; i < ofKind.length; i++) {
                most[ofKind[i]] = Math.max(most[ofKind[i]], earlier[i] + 1);
            }
        }
        Map<VelocityRule, Integer> counts = new HashMap<>();
        for (int r = 0; r < rules.length; r++) {
            if (most[r] > 0) {
                // Equal rules listed twice are one entry, as they are one rule to the checks that look them up.
                counts.merge(rules[r], most[r], Math::max);
            }
        }
        return counts;
    }
}
