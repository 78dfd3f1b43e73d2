package jp.mamori.engine.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.IpNetwork;
import jp.mamori.engine.MailDomainStatus;
import jp.mamori.engine.ProviderSignals;
import jp.mamori.engine.normalize.OrderNormalizer;

/** Evidence as the engine gathers it, for checking one check at a time. */
final class Evidences {

    private static final OrderNormalizer NORMALIZER = OrderNormalizer.bundled();

    private Evidences() {
    }

    /** The request normalized, with no signals from state. */
    static Evidence of(ScreeningRequest request) {
        return withCounts(request, Map.of());
    }

    static Evidence withCounts(ScreeningRequest request, Map<VelocityRule, Integer> orderCounts) {
        return new Evidence(request, NORMALIZER.normalize(request), orderCounts, Map.of(), Set.of());
    }

    static Evidence withDistinctCounts(ScreeningRequest request, Map<DistinctRule, Integer> distinctCounts) {
        return new Evidence(request, NORMALIZER.normalize(request), Map.of(), distinctCounts, Set.of());
    }

    static Evidence withNegativeListMatches(ScreeningRequest request, Set<IdentityKind> kinds) {
        return new Evidence(request, NORMALIZER.normalize(request), Map.of(), Map.of(), kinds);
    }

    static Evidence withFirstPurchaseRepeats(ScreeningRequest request, List<FirstPurchaseRepeat> repeats) {
        return new Evidence(request, NORMALIZER.normalize(request), Map.of(), Map.of(), Set.of(), repeats,
                CardTestingSignals.NONE, AffiliateSignals.NONE);
    }

    static Evidence withCardTesting(ScreeningRequest request, CardTestingSignals signals) {
        return new Evidence(request, NORMALIZER.normalize(request), Map.of(), Map.of(), Set.of(), List.of(), signals,
                AffiliateSignals.NONE);
    }

    static Evidence withAffiliate(ScreeningRequest request, AffiliateSignals signals) {
        return new Evidence(request, NORMALIZER.normalize(request), Map.of(), Map.of(), Set.of(), List.of(),
                CardTestingSignals.NONE, signals);
    }

    /** The request normalized, with what the IP-intelligence database said of its address. */
    static Evidence withIpNetwork(ScreeningRequest request, IpNetwork ipNetwork) {
        return new Evidence(request, NORMALIZER.normalize(request), Map.of(), Map.of(), Set.of(), List.of(),
                CardTestingSignals.NONE, AffiliateSignals.NONE, new ProviderSignals(MailDomainStatus.UNKNOWN, ipNetwork));
    }

    /** What {@code check} finds in the request. */
    static List<Finding> inspect(Check check, ScreeningRequest request) {
        return inspect(check, of(request));
    }

    static List<Finding> inspect(Check check, Evidence evidence) {
        List<Finding> findings = new ArrayList<>();
        check.inspect(evidence, findings::add);
        return findings;
    }
}
