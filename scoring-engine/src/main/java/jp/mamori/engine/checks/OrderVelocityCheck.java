package jp.mamori.engine.checks;

import java.util.List;
import java.util.function.Consumer;

/** More orders per identity within a window than a real buyer places: bursts are how stolen cards are spent. */
public final class OrderVelocityCheck implements Check {

    private final List<VelocityRule> rules;

    public OrderVelocityCheck(List<VelocityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        for (VelocityRule rule : rules) {
            Integer count = evidence.orderCounts().get(rule);
            if (count != null && count > rule.limit()) {
                findings.accept(Finding.of(rule.reason(), count, rule.limit()));
            }
        }
    }
}
