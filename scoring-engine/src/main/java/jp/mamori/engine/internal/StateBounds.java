package jp.mamori.engine.internal;

import java.time.Duration;

import jp.mamori.engine.InvalidPolicy;
import jp.mamori.engine.Policy;
import jp.mamori.engine.checks.DistinctRule;
import jp.mamori.engine.checks.VelocityRule;

/**
 * How far back a merchant's policy may look: no further than the engine's own policy, since the engine keeps
 * velocity events, card attempts and first purchases only that long. A longer window would silently count too few.
 */
public final class StateBounds {

    private StateBounds() {
    }

    /** Refuses {@code candidate}, naming the first field that looks further back than {@code engine}'s policy keeps. */
    public static void check(Policy candidate, Policy engine) {
        Duration velocity = engine.velocityRetention();
        for (int i = 0; i < candidate.velocityRules().size(); i++) {
            VelocityRule rule = candidate.velocityRules().get(i);
            within(rule.window(), velocity, "velocity[" + i + "].window", "velocity events");
        }
        for (int i = 0; i < candidate.distinctRules().size(); i++) {
            DistinctRule rule = candidate.distinctRules().get(i);
            within(rule.window(), velocity, "distinct[" + i + "].window", "velocity events");
        }
        within(candidate.checks().cardTesting().declineWindow(), velocity, "checks.card_testing.decline_window", "velocity events");
        within(candidate.checks().affiliates().burstWindow(), velocity, "checks.affiliate.burst_window", "velocity events");
        within(candidate.checks().cardTesting().window(), engine.checks().cardTesting().window(),
                "checks.card_testing.window", "card attempts");
        within(candidate.checks().firstPurchaseLookback(), engine.checks().firstPurchaseLookback(),
                "checks.first_purchase_lookback", "first purchases");
    }

    private static void within(Duration window, Duration kept, String field, String what) {
        if (window.compareTo(kept) > 0) {
            throw InvalidPolicy.at(field, "must be at most " + kept + ": this instance keeps " + what + " that long");
        }
    }
}
