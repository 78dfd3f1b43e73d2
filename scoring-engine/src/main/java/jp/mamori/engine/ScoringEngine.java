package jp.mamori.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.connector.Decision;
import jp.mamori.connector.Reason;
import jp.mamori.connector.Recommendation;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.checks.Check;
import jp.mamori.engine.checks.CheckSettings;
import jp.mamori.engine.checks.DistinctRule;
import jp.mamori.engine.checks.DisposableEmailDomainCheck;
import jp.mamori.engine.checks.DummyPhoneCheck;
import jp.mamori.engine.checks.EmailAliasCheck;
import jp.mamori.engine.checks.EmailDomainTypoCheck;
import jp.mamori.engine.checks.EmailSyntaxCheck;
import jp.mamori.engine.checks.Evidence;
import jp.mamori.engine.checks.Finding;
import jp.mamori.engine.checks.ForeignLocaleCheck;
import jp.mamori.engine.checks.FreeMailHighAmountCheck;
import jp.mamori.engine.checks.FuriganaMismatchCheck;
import jp.mamori.engine.checks.InvalidPhoneCheck;
import jp.mamori.engine.checks.IpPhoneNewCustomerCheck;
import jp.mamori.engine.checks.IssuerCountryMismatchCheck;
import jp.mamori.engine.checks.ManyDistinctIdentitiesCheck;
import jp.mamori.engine.checks.NegativeListCheck;
import jp.mamori.engine.checks.MissingBlockNumberCheck;
import jp.mamori.engine.checks.OrderVelocityCheck;
import jp.mamori.engine.checks.OverseasIpCheck;
import jp.mamori.engine.checks.PickupHoldAddressCheck;
import jp.mamori.engine.checks.PoBoxAddressCheck;
import jp.mamori.engine.checks.PostalCodeMismatchCheck;
import jp.mamori.engine.checks.RandomEmailLocalPartCheck;
import jp.mamori.engine.checks.ShippingOverseasCheck;
import jp.mamori.engine.checks.ShortStayAddressCheck;
import jp.mamori.engine.checks.ThreeDsNotAuthenticatedCheck;
import jp.mamori.engine.checks.VelocityRule;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.internal.ThreeDsAdvice;
import jp.mamori.engine.normalize.NormalizedOrder;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryNegativeList;
import jp.mamori.engine.state.NegativeList;
import jp.mamori.engine.state.VelocityStore;

/**
 * The screening pipeline: normalize, gather signals, evaluate ({@link #assess}); then, once the
 * caller has stored the screening, {@link #record} it so that it counts for the orders that follow.
 * Velocity is counted per merchant; the {@linkplain #negativeList() negative list} is shared by all.
 */
public final class ScoringEngine {

    private final Policy policy;
    private final OrderNormalizer normalizer;
    private final IdentityKeys identityKeys;
    private final VelocityStore velocity;
    private final NegativeList negativeList;
    private final List<Check> checks;

    /** An engine with an empty negative list of its own, in memory. */
    public ScoringEngine(Policy policy, OrderNormalizer normalizer, IdentityKeyer keyer, VelocityStore velocity,
                         DisposableEmailDomains disposableDomains) {
        this(policy, normalizer, keyer, velocity, disposableDomains, new InMemoryNegativeList());
    }

    public ScoringEngine(Policy policy, OrderNormalizer normalizer, IdentityKeyer keyer, VelocityStore velocity,
                         DisposableEmailDomains disposableDomains, NegativeList negativeList) {
        this.policy = policy;
        this.negativeList = negativeList;
        this.normalizer = normalizer;
        this.identityKeys = new IdentityKeys(normalizer, keyer);
        this.velocity = velocity;
        CheckSettings settings = policy.checks();
        // In the order ties of weight are listed: negative list, email, address, phone, name, device, payment, behaviour.
        this.checks = List.of(
                new NegativeListCheck(),
                new EmailSyntaxCheck(),
                new DisposableEmailDomainCheck(disposableDomains),
                new EmailDomainTypoCheck(),
                new EmailAliasCheck(),
                new RandomEmailLocalPartCheck(),
                new FreeMailHighAmountCheck(settings.freeMailHighAmountYen()),
                new PostalCodeMismatchCheck(),
                new MissingBlockNumberCheck(),
                new PickupHoldAddressCheck(),
                new ShortStayAddressCheck(),
                new PoBoxAddressCheck(),
                new ShippingOverseasCheck(),
                new InvalidPhoneCheck(),
                new DummyPhoneCheck(),
                new IpPhoneNewCustomerCheck(),
                new FuriganaMismatchCheck(settings.furiganaMinConfidence()),
                new OverseasIpCheck(),
                new ForeignLocaleCheck(settings),
                new IssuerCountryMismatchCheck(),
                new ThreeDsNotAuthenticatedCheck(),
                new OrderVelocityCheck(policy.velocityRules()),
                new ManyDistinctIdentitiesCheck(policy.distinctRules()));
    }

    public Policy policy() {
        return policy;
    }

    /** The shared negative list the engine matches orders against, for the gateway to feed and prune. */
    public NegativeList negativeList() {
        return negativeList;
    }

    public Assessment assess(String merchantId, ScreeningRequest request) {
        NormalizedOrder order = normalizer.normalize(request);
        List<IdentityKey> keys = identityKeys.of(order);

        Evidence evidence = new Evidence(request, order, orderCounts(merchantId, request.orderedAt(), keys),
                distinctCounts(merchantId, request.orderedAt(), keys), negativeList.matches(keys, request.orderedAt()));

        List<Reason> reasons = new ArrayList<>();
        List<ReasonCode> codes = new ArrayList<>();
        int score = 0;
        for (Check check : checks) {
            List<Finding> findings = new ArrayList<>();
            check.inspect(evidence, findings::add);
            for (Finding finding : findings) {
                int weight = policy.weight(finding.code());
                reasons.add(new Reason(finding.code().name(), weight, finding.message(), finding.messageJa()));
                codes.add(finding.code());
                score += weight;
            }
        }
        // Heaviest first, so the clerk reads what decided the order before the small print; ties keep check order.
        reasons.sort(Comparator.comparingInt(Reason::weight).reversed());
        score = Math.max(0, Math.min(100, score));
        Decision decision = policy.decide(score, codes);
        Recommendation recommendation = ThreeDsAdvice.recommend(decision, request.payment());
        return new Assessment(merchantId, request.orderedAt(), decision, score, reasons, recommendation,
                policy.version(), keys);
    }

    private Map<VelocityRule, Integer> orderCounts(String merchantId, Instant orderedAt, List<IdentityKey> keys) {
        Map<VelocityRule, Integer> counts = new HashMap<>();
        for (VelocityRule rule : policy.velocityRules()) {
            for (IdentityKey key : keys) {
                if (key.kind() == rule.identity()) {
                    int earlier = velocity.count(scope(merchantId, key), orderedAt.minus(rule.window()), orderedAt);
                    counts.merge(rule, earlier + 1, Math::max);
                }
            }
        }
        return counts;
    }

    private Map<DistinctRule, Integer> distinctCounts(String merchantId, Instant orderedAt, List<IdentityKey> keys) {
        Map<DistinctRule, Integer> counts = new HashMap<>();
        for (DistinctRule rule : policy.distinctRules()) {
            for (IdentityKey key : keys) {
                if (key.kind() != rule.identity()) {
                    continue;
                }
                String scope = distinctScope(merchantId, key, rule.distinct());
                Instant from = orderedAt.minus(rule.window());
                boolean hasMember = false;
                for (IdentityKey member : keys) {
                    if (member.kind() == rule.distinct()) {
                        hasMember = true;
                        counts.merge(rule, velocity.countDistinct(scope, from, orderedAt, member.hash()), Math::max);
                    }
                }
                if (!hasMember) {
                    // This order adds nothing to count (no card), but the ones before it still tell.
                    counts.merge(rule, velocity.countDistinct(scope, from, orderedAt, null), Math::max);
                }
            }
        }
        return counts;
    }

    /** Makes a stored screening count for the orders that follow it. */
    public void record(Assessment assessment) {
        remember(assessment.merchantId(), assessment.keys(), assessment.orderedAt());
    }

    /**
     * Feeds one stored screening's keys back into velocity, e.g. at start-up: its orders per identity
     * and the pairs the policy's distinct rules count (cards per device).
     */
    public void remember(String merchantId, List<IdentityKey> keys, Instant orderedAt) {
        for (IdentityKey key : keys) {
            velocity.add(scope(merchantId, key), orderedAt);
        }
        Set<String> pairs = new HashSet<>();
        for (DistinctRule rule : policy.distinctRules()) {
            for (IdentityKey key : keys) {
                for (IdentityKey member : keys) {
                    if (key.kind() == rule.identity() && member.kind() == rule.distinct()) {
                        String scope = distinctScope(merchantId, key, rule.distinct());
                        // Rules over the same pair with other windows share the events: remember each pair once.
                        if (pairs.add(scope + '|' + member.hash())) {
                            velocity.addDistinct(scope, member.hash(), orderedAt);
                        }
                    }
                }
            }
        }
    }

    private static String scope(String merchantId, IdentityKey key) {
        return merchantId + '|' + key.hash();
    }

    /** The members of one kind seen with a key: kept apart from its order count and from members of other kinds. */
    private static String distinctScope(String merchantId, IdentityKey key, IdentityKind member) {
        return merchantId + '|' + key.hash() + '|' + member.label();
    }
}
