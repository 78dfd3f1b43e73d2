package jp.mamori.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import jp.mamori.engine.Policy;
import jp.mamori.engine.ReasonCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The weight of every reason code in the policy shipped with Mamori: what a stored policy written before a
 * reason existed gets for it. Read once, from the {@code weights} of the default policy's JSON alone, so
 * that building any policy, the default one included, can fall back on it.
 */
public final class DefaultWeights {

    static final String RESOURCE = "policy/default-policy.json";

    private DefaultWeights() {
    }

    private static final class Loaded {
        static final Map<ReasonCode, Integer> WEIGHTS = load();
    }

    /** The shipped weight of {@code code}. */
    public static int of(ReasonCode code) {
        Integer weight = Loaded.WEIGHTS.get(code);
        if (weight == null) {
            // PolicyTest keeps the shipped policy complete; this is a build that skipped it.
            throw new IllegalStateException("the default policy has no weight for " + code);
        }
        return weight;
    }

    private static Map<ReasonCode, Integer> load() {
        try (InputStream in = Policy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode weights = JsonMapper.builder().build().readTree(in).path("weights");
            Map<ReasonCode, Integer> byCode = new EnumMap<>(ReasonCode.class);
            for (Map.Entry<String, JsonNode> weight : weights.properties()) {
                byCode.put(ReasonCode.valueOf(weight.getKey()), weight.getValue().intValue());
            }
            return Collections.unmodifiableMap(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
