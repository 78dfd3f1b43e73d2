package jp.mamori.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.Decision;
import jp.mamori.engine.checks.CheckSettings;
import jp.mamori.engine.checks.DistinctRule;
import jp.mamori.engine.checks.VelocityRule;
import jp.mamori.engine.internal.DefaultWeights;
import jp.mamori.engine.internal.PolicyReader;

/**
 * How reasons become a score and a decision: weights per reason, the REVIEW and NG thresholds, the
 * velocity limits (orders per identity, different identities per identity), hard rules (a reason that
 * decides at least REVIEW or NG whatever the score) and the checks' own thresholds. Policies are versioned data, not code; every decision
 * records the version. A reason the policy does not weigh (one added to Mamori after the policy was written)
 * gets the weight of the {@linkplain #defaultPolicy() shipped policy}, so an old policy never fails to load and
 * never silently ignores a new check; weigh it 0 to switch it off.
 */
public record Policy(
        String version,
        int reviewThreshold,
        int ngThreshold,
        Map<ReasonCode, Integer> weights,
        List<VelocityRule> velocityRules,
        List<DistinctRule> distinctRules,
        Map<ReasonCode, Decision> hardRules,
        CheckSettings checks) {

    private static final String DEFAULT = "policy/default-policy.json";

    public Policy {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a policy needs a version");
        }
        if (reviewThreshold < 1 || ngThreshold < reviewThreshold || ngThreshold > 100) {
            throw new IllegalArgumentException("thresholds must satisfy 1 <= review <= ng <= 100");
        }
        EnumMap<ReasonCode, Integer> complete = weights.isEmpty() ? new EnumMap<>(ReasonCode.class) : new EnumMap<>(weights);
        for (ReasonCode code : ReasonCode.values()) {
            // A policy stored before a reason existed still weighs it: as the shipped policy does.
            complete.computeIfAbsent(code, DefaultWeights::of);
        }
        weights = Map.copyOf(complete);
        velocityRules = List.copyOf(velocityRules);
        distinctRules = List.copyOf(distinctRules);
        hardRules = Map.copyOf(hardRules);
        if (hardRules.containsValue(Decision.OK)) {
            throw new IllegalArgumentException("a hard rule must give REVIEW or NG");
        }
        if (checks == null) {
            throw new IllegalArgumentException("a policy needs check settings");
        }
    }

    /** A policy without distinct limits, without hard rules and with the {@linkplain CheckSettings#DEFAULT default check settings}. */
    public Policy(String version, int reviewThreshold, int ngThreshold, Map<ReasonCode, Integer> weights,
                  List<VelocityRule> velocityRules) {
        this(version, reviewThreshold, ngThreshold, weights, velocityRules, List.of(), Map.of(), CheckSettings.DEFAULT);
    }

    /** The policy shipped with Mamori. */
    public static Policy defaultPolicy() {
        try (InputStream in = Policy.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A policy from its JSON form; a bad policy fails with a message naming the field. */
    public static Policy read(InputStream json) {
        return PolicyReader.read(json);
    }

    /**
     * How long a velocity store must keep events for this policy: its longest window over orders per identity,
     * different identities per identity, declines and new buyers per affiliate.
     */
    public Duration velocityRetention() {
        Duration longest = checks.cardTesting().declineWindow();
        longest = max(longest, checks.affiliates().burstWindow());
        for (VelocityRule rule : velocityRules) {
            longest = max(longest, rule.window());
        }
        for (DistinctRule rule : distinctRules) {
            longest = max(longest, rule.window());
        }
        return longest;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public int weight(ReasonCode code) {
        return weights.get(code);
    }

    /**
     * The decision for a score and the reasons behind it: the thresholds decide, unless a hard rule for one
     * of the reasons asks for more (a negative list match is NG however small the score).
     */
    public Decision decide(int score, Collection<ReasonCode> reasons) {
        Decision decision = decide(score);
        for (ReasonCode reason : reasons) {
            Decision floor = hardRules.get(reason);
            // Decision is declared from mildest to strictest: OK, REVIEW, NG.
            if (floor != null && floor.compareTo(decision) > 0) {
                decision = floor;
            }
        }
        return decision;
    }

    public Decision decide(int score) {
        if (score >= ngThreshold) {
            return Decision.NG;
        }
        return score >= reviewThreshold ? Decision.REVIEW : Decision.OK;
    }
}
