package jp.mamori.bench.replay;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.AffiliateIdentity;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.Reason;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.Assessment;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKeyer;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.MailHostLookup;
import jp.mamori.engine.Policy;
import jp.mamori.engine.ProviderLookups;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.data.ForwardingServices;
import jp.mamori.engine.data.HostingNetworks;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryNegativeList;
import jp.mamori.engine.state.InMemoryVelocityStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scoring engine in this process, built and fed as the gateway builds and feeds its own: the default policy,
 * the bundled data, state in memory, the provider ports as the gateway has them by default (no DNS, the bundled
 * hosting networks); each order read and validated as the public API reads it, assessed, then
 * recorded; a confirmed fraud lists the order's keys from the moment it was placed; an affiliate's registration is
 * read as the admin API reads it and registered. A run takes seconds instead
 * of a minute, which is what tuning needs; the gateway stays the reference (see the benchmarks README for the
 * run that showed both give the same figures).
 */
final class EngineTarget implements ReplayTarget {

    private final ScoringEngine engine;
    private final ProviderLookups providers = new ProviderLookups(MailHostLookup.OFF, HostingNetworks.bundled());
    private final ScreeningJson screeningJson = new ScreeningJson(Clock.systemUTC());
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Assessment> screened = new HashMap<>();

    EngineTarget() {
        Policy policy = Policy.defaultPolicy();
        byte[] pepper = new byte[32];
        new SecureRandom().nextBytes(pepper);
        this.engine = new ScoringEngine(policy, OrderNormalizer.bundled(), new IdentityKeyer(pepper),
                new InMemoryVelocityStore(policy.velocityRetention()), ScoringEngine.inMemoryLedgers(policy),
                DisposableEmailDomains.bundled(), ForwardingServices.bundled(), new InMemoryNegativeList());
    }

    @Override
    public String describe() {
        return "the engine in process (policy " + engine.policy().version() + ")";
    }

    @Override
    public void addShop(String merchant) {
        // Shops are only scopes of the engine's state: nothing to create.
    }

    @Override
    public Answer screen(String merchant, JsonNode request) throws Refused {
        ScreeningRequest order;
        try {
            order = screeningJson.readRequest(json.writeValueAsBytes(request));
        } catch (InvalidRequestException e) {
            throw new Refused("400 " + e.getMessage());
        }
        Assessment assessment = engine.assess(merchant, order, providers.gather(order).toCompletableFuture().join());
        engine.record(assessment);
        screened.put(merchant + "\n" + order.orderId(), assessment);
        List<String> codes = assessment.reasons().stream().map(Reason::code).toList();
        return new Answer(assessment.decision().name(), assessment.score(), codes);
    }

    @Override
    public void registerAffiliate(String merchant, String affiliateId, JsonNode identity) throws Refused {
        try {
            AffiliateIdentity affiliate = screeningJson.readAffiliateIdentity(json.writeValueAsBytes(identity));
            engine.registerAffiliate(merchant, affiliateId, affiliate);
        } catch (InvalidRequestException e) {
            throw new Refused("400 " + e.getMessage());
        }
    }

    @Override
    public void feedback(String merchant, String orderId, String type) throws Refused {
        Assessment order = screened.get(merchant + "\n" + orderId);
        if (order == null) {
            throw new Refused("that order was not screened in this replay");
        }
        switch (type) {
            // As the gateway's feedback does: every key but the IP address, which strangers share and inherit.
            case "chargeback", "fraud_confirmed" -> order.keys().stream().filter(key -> key.kind() != IdentityKind.IP)
                    .forEach(key -> engine.negativeList().register(key, merchant, type, order.orderedAt(), null));
            case "legit_confirmed" -> order.keys().forEach((IdentityKey key) -> engine.negativeList().remove(key, merchant));
            default -> throw new Refused("400 unknown feedback type " + type);
        }
    }
}
