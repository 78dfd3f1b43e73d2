package jp.mamori.engine.checks;

import java.util.List;
import java.util.function.Consumer;

/**
 * More different cards (or other identities) behind one device or IP address than one household uses:
 * a card tester running a list of stolen numbers against the shop, one attempt per card.
 */
public final class ManyDistinctIdentitiesCheck implements Check {

    private final List<DistinctRule> rules;

    public ManyDistinctIdentitiesCheck(List<DistinctRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        for (DistinctRule rule : rules) {
            Integer count = evidence.distinctCounts().get(rule);
            if (count != null && count > rule.limit()) {
                findings.accept(Finding.of(rule.reason(), count, rule.limit()));
            }
        }
    }
}
