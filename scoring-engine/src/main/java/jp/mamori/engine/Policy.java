package jp.mamori.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.mamori.connector.Buyer;
import jp.mamori.connector.Decision;
import jp.mamori.connector.Payment;
import jp.mamori.engine.checks.CheckSettings;
import jp.mamori.engine.checks.DistinctRule;
import jp.mamori.engine.checks.VelocityRule;
import jp.mamori.engine.internal.DefaultWeights;
import jp.mamori.engine.internal.PolicyDocument;

/**
 * How reasons become a score and a decision: weights per reason, the REVIEW and NG thresholds, the
 * velocity limits (orders per identity, different identities per identity), hard rules (a reason that
 * decides at least REVIEW or NG whatever the score) and the checks' own thresholds. Policies are versioned data, not code; every decision
 * records the version. A reason the policy does not weigh (one added to Mamori after the policy was written)
 * gets the weight of the {@linkplain #defaultPolicy() shipped policy}, so an old policy never fails to load and
 * never silently ignores a new check; weigh it 0 to keep it out of the score, or disable it to drop it altogether.
 *
 * <p>Each merchant may have its own: {@code disabledReasons} are never given, {@code allowListedCustomers} (the
 * shop's own customer ids) are decided OK unless a hard rule says otherwise, and when {@code screenedPaymentMethods}
 * is not empty an order paid otherwise is not screened at all (an order without a payment method always is).
 */
public record Policy(
        String version,
        int reviewThreshold,
        int ngThreshold,
        Map<ReasonCode, Integer> weights,
        List<VelocityRule> velocityRules,
        List<DistinctRule> distinctRules,
        Map<ReasonCode, Decision> hardRules,
        CheckSettings checks,
        Set<ReasonCode> disabledReasons,
        Set<String> allowListedCustomers,
        Set<String> screenedPaymentMethods) {

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
        disabledReasons = disabledReasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabledReasons));
        allowListedCustomers = Set.copyOf(allowListedCustomers);
        // Payment methods come from carts in whatever case they like ("Card", "COD").
        screenedPaymentMethods = screenedPaymentMethods.stream()
                .map(method -> method.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A policy that gives every reason, trusts no customer and screens every payment method. */
    public Policy(String version, int reviewThreshold, int ngThreshold, Map<ReasonCode, Integer> weights,
                  List<VelocityRule> velocityRules, List<DistinctRule> distinctRules, Map<ReasonCode, Decision> hardRules,
                  CheckSettings checks) {
        this(version, reviewThreshold, ngThreshold, weights, velocityRules, distinctRules, hardRules, checks,
                Set.of(), Set.of(), Set.of());
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

    /** A policy from its JSON form; a bad policy fails with an {@link InvalidPolicy} naming the line and the field. */
    public static Policy read(InputStream json) {
        try {
            return read(new String(json.readAllBytes(), StandardCharsets.UTF_8), PolicyFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A policy from its text in {@code format}; a bad policy fails with an {@link InvalidPolicy} naming the line and the field. */
    public static Policy read(String text, PolicyFormat format) {
        return PolicyDocument.read(text, format);
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
        Decision byScore = decide(score);
        Decision floor = hardRuleFloor(reasons);
        // Decision is declared from mildest to strictest: OK, REVIEW, NG.
        return floor.compareTo(byScore) > 0 ? floor : byScore;
    }

    /** The least decision the hard rules ask for these reasons: OK when none applies. */
    public Decision hardRuleFloor(Collection<ReasonCode> reasons) {
        Decision decision = Decision.OK;
        for (ReasonCode reason : reasons) {
            Decision floor = hardRules.get(reason);
            if (floor != null && floor.compareTo(decision) > 0) {
                decision = floor;
            }
        }
        return decision;
    }

    /** Whether this policy gives {@code code} at all. */
    public boolean gives(ReasonCode code) {
        return !disabledReasons.contains(code);
    }

    /** Whether the buyer is one of the shop's allow-listed customers, by the shop's own customer id. */
    public boolean trusts(Buyer buyer) {
        return buyer != null && buyer.customerId() != null && allowListedCustomers.contains(buyer.customerId().strip());
    }

    /** Whether an order paid with {@code payment} is screened: always when the policy names no methods or the order none. */
    public boolean screens(Payment payment) {
        if (screenedPaymentMethods.isEmpty() || payment == null || payment.method() == null || payment.method().isBlank()) {
            return true;
        }
        return screenedPaymentMethods.contains(payment.method().strip().toLowerCase(Locale.ROOT));
    }

    public Decision decide(int score) {
        if (score >= ngThreshold) {
            return Decision.NG;
        }
        return score >= reviewThreshold ? Decision.REVIEW : Decision.OK;
    }
}
