package jp.mamori.engine.internal;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.Policy;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.checks.VelocityRule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a policy's JSON form, naming the field of any mistake. */
public final class PolicyReader {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private PolicyReader() {
    }

    public static Policy read(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("policy is not valid JSON: " + e.getOriginalMessage(), e);
        }
        Map<ReasonCode, Integer> weights = new EnumMap<>(ReasonCode.class);
        for (Map.Entry<String, JsonNode> weight : required(root, "weights").properties()) {
            weights.put(reason(weight.getKey(), "weights." + weight.getKey()),
                    integer(weight.getValue(), "weights." + weight.getKey()));
        }
        List<VelocityRule> rules = new ArrayList<>();
        JsonNode velocity = root.path("velocity");
        for (int i = 0; i < velocity.size(); i++) {
            JsonNode rule = velocity.get(i);
            String at = "velocity[" + i + "]";
            rules.add(new VelocityRule(
                    reason(required(rule, "reason").asString(), at + ".reason"),
                    identity(required(rule, "identity").asString(), at + ".identity"),
                    duration(required(rule, "window").asString(), at + ".window"),
                    integer(required(rule, "limit"), at + ".limit")));
        }
        JsonNode thresholds = required(root, "thresholds");
        try {
            return new Policy(
                    required(root, "version").asString(),
                    integer(required(thresholds, "review"), "thresholds.review"),
                    integer(required(thresholds, "ng"), "thresholds.ng"),
                    weights,
                    rules);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policy: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("policy: " + field + " is required");
        }
        return value;
    }

    private static int integer(JsonNode node, String field) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException("policy: " + field + " must be a whole number");
        }
        return node.intValue();
    }

    private static ReasonCode reason(String code, String field) {
        try {
            return ReasonCode.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policy: " + field + ": unknown reason code " + code, e);
        }
    }

    private static IdentityKind identity(String label, String field) {
        try {
            return IdentityKind.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policy: " + field + ": " + e.getMessage(), e);
        }
    }

    private static Duration duration(String text, String field) {
        try {
            return Duration.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("policy: " + field + " must be an ISO-8601 duration such as PT1H", e);
        }
    }
}
