package jp.mamori.psp.authorization;

import java.util.EnumMap;
import java.util.Map;

import jp.mamori.connector.Decision;

/**
 * A merchant's translation of decisions into actions, and the action given when the screening cannot answer in time.
 * A merchant whose PSP cannot run 3-D Secure maps REVIEW to ACCEPT and works the review queue instead.
 */
public record ActionPolicy(Map<Decision, Action> byDecision, Action fallback) {

    /** OK → accept, REVIEW → challenge, NG → deny; accept when late: a late answer must not cost a good sale. */
    public static final ActionPolicy DEFAULT = new ActionPolicy(
            Map.of(Decision.OK, Action.ACCEPT, Decision.REVIEW, Action.CHALLENGE, Decision.NG, Action.DENY), Action.ACCEPT);

    public ActionPolicy {
        EnumMap<Decision, Action> complete = new EnumMap<>(Decision.class);
        complete.putAll(byDecision);
        if (complete.size() != Decision.values().length || fallback == null) {
            throw new IllegalArgumentException("an action for every decision, and a fallback, are needed");
        }
        byDecision = Map.copyOf(complete);
    }

    public Action actionFor(Decision decision) {
        return byDecision.get(decision);
    }
}
