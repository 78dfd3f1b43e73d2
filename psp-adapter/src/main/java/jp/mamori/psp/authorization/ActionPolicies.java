package jp.mamori.psp.authorization;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.connector.Decision;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A merchant's {@link ActionPolicy} as the admin API reads and writes it: {@code {"actions": {"OK": "accept",
 * "REVIEW": "challenge", "NG": "deny"}, "fallback": "accept"}}. A decision left out, and a fallback left out, keep
 * their action of {@link ActionPolicy#DEFAULT}, so a merchant names only what it changes (a PSP without 3-D Secure:
 * {@code {"actions": {"REVIEW": "accept"}}}). Every problem is reported at once, naming its field.
 */
public final class ActionPolicies {

    private static final String ONE_OF = "must be accept, challenge or deny";

    private ActionPolicies() {
    }

    public static ActionPolicy read(ObjectNode body) {
        List<FieldError> errors = new ArrayList<>();
        Map<Decision, Action> byDecision = new EnumMap<>(ActionPolicy.DEFAULT.byDecision());
        Action fallback = ActionPolicy.DEFAULT.fallback();
        for (String field : body.propertyNames()) {
            JsonNode value = body.get(field);
            switch (field) {
                case "actions" -> actions(value, byDecision, errors);
                case "fallback" -> fallback = action(value, "fallback", errors).orElse(fallback);
                default -> errors.add(new FieldError(field, "is not a known field"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD, errors);
        }
        return new ActionPolicy(byDecision, fallback);
    }

    /** {@code policy} in the form {@link #read} takes, every decision named, in the order OK, REVIEW, NG. */
    public static Map<String, Object> fields(ActionPolicy policy) {
        Map<String, Object> actions = new LinkedHashMap<>();
        for (Decision decision : Decision.values()) {
            actions.put(decision.name(), policy.actionFor(decision).json());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("actions", actions);
        fields.put("fallback", policy.fallback().json());
        return fields;
    }

    private static void actions(JsonNode value, Map<Decision, Action> byDecision, List<FieldError> errors) {
        if (!value.isObject()) {
            errors.add(new FieldError("actions", "must be an object from decisions (OK, REVIEW, NG) to actions"));
            return;
        }
        for (String name : value.propertyNames()) {
            String field = "actions." + name;
            Optional<Decision> decision = decision(name);
            if (decision.isEmpty()) {
                errors.add(new FieldError(field, "is not a decision: OK, REVIEW or NG"));
            } else {
                action(value.get(name), field, errors).ifPresent(action -> byDecision.put(decision.get(), action));
            }
        }
    }

    private static Optional<Action> action(JsonNode value, String field, List<FieldError> errors) {
        Optional<Action> action = value.isString() ? Action.fromJson(value.stringValue()) : Optional.empty();
        if (action.isEmpty()) {
            errors.add(new FieldError(field, ONE_OF));
        }
        return action;
    }

    private static Optional<Decision> decision(String name) {
        for (Decision decision : Decision.values()) {
            if (decision.name().equals(name)) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }
}
