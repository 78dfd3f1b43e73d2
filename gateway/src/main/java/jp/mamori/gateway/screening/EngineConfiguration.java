package jp.mamori.gateway.screening;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.engine.IdentityKeyer;
import jp.mamori.engine.InvalidPolicy;
import jp.mamori.engine.Policy;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.data.ForwardingServices;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryNegativeList;
import jp.mamori.engine.state.InMemoryVelocityStore;
import jp.mamori.gateway.MamoriProperties;
import jp.mamori.gateway.affiliates.AffiliateRows;
import jp.mamori.gateway.policy.MerchantPolicyRows;
import jp.mamori.gateway.psp.events.PspDeclines;
import jp.mamori.gateway.review.NegativeListRows;
import jp.mamori.gateway.storage.InstanceSettings;
import jp.mamori.gateway.storage.Screenings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the scoring engine and gives it the merchants' own policies. Its velocity, ledgers and negative list live in memory and are rebuilt here
 * from the database before the server takes its first request, so a restart forgets no recent order, no
 * first-purchase-only purchase within the lookback, no listing, no affiliate's registration and no decline a payment
 * provider reported within the velocity window; {@code DurableNegativeList}, {@code AffiliateRegistrations} and
 * {@code PspDeclines} write every later change to the database first.
 */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ScreeningJson screeningJson(Clock clock) {
        return new ScreeningJson(clock);
    }

    @Bean
    IdentityKeyer identityKeyer(MamoriProperties properties, InstanceSettings settings) {
        String configured = properties.pepper();
        byte[] pepper = configured == null || configured.isBlank()
                ? settings.pepper().block()
                : configured.getBytes(StandardCharsets.UTF_8);
        return new IdentityKeyer(pepper);
    }

    @Bean
    ScoringEngine scoringEngine(IdentityKeyer keyer, Screenings screenings, NegativeListRows negativeListRows,
                                MerchantPolicyRows merchantPolicies, AffiliateRows affiliates, PspDeclines declines,
                                Clock clock) {
        Policy policy = Policy.defaultPolicy();
        Duration retention = policy.velocityRetention();
        Duration lookback = policy.checks().firstPurchaseLookback();
        InMemoryVelocityStore velocity = new InMemoryVelocityStore(retention);
        InMemoryNegativeList negativeList = new InMemoryNegativeList();
        ScoringEngine engine = new ScoringEngine(policy, OrderNormalizer.bundled(), keyer, velocity,
                ScoringEngine.inMemoryLedgers(policy), DisposableEmailDomains.bundled(), ForwardingServices.bundled(), negativeList);
        // Before the history: a merchant's policy decides which pairs its distinct rules count.
        Long ownPolicies = merchantPolicies.allInForce()
                .doOnNext(stored -> useStoredPolicy(engine, stored))
                .count()
                .block();
        log.info("{} merchant(s) screened with a policy of their own", ownPolicies);
        Instant now = clock.instant();
        Instant velocityFrom = now.minus(retention);
        // Oldest first: what only the long-term ledgers keep (first-purchase-only buyers, affiliates' own keys),
        // then everything of the velocity windows.
        Long longTerm = lookback.compareTo(retention) <= 0 ? Long.valueOf(0) : screenings.longTermHistory(now.minus(lookback), velocityFrom)
                .doOnNext(event -> engine.rememberLongTerm(event.merchantId(), event.keys(), event.facts(), event.orderedAt()))
                .count()
                .block();
        Long replayed = screenings.historySince(velocityFrom)
                .doOnNext(event -> engine.remember(event.merchantId(), event.keys(), event.facts(), event.orderedAt()))
                .count()
                .block();
        log.info("Engine state rebuilt from {} stored screenings of the last {} and {} older ones with first-purchase or "
                + "affiliate facts of the last {}; policy {}", replayed, retention, longTerm, lookback, policy.version());
        Long declined = declines.since(velocityFrom).doOnNext(engine::remember).count().block();
        log.info("{} decline(s) reported by payment providers restored", declined);
        Long listed = negativeListRows.activeAt(clock.instant())
                .doOnNext(entry -> negativeList.register(entry.key(), entry.sourceMerchant(), entry.reason(),
                        entry.registeredAt(), entry.expiresAt()))
                .count()
                .block();
        log.info("Negative list restored with {} listings", listed);
        Long registered = affiliates.all()
                .doOnNext(registration -> engine.rememberAffiliate(registration.merchantId(), registration.affiliateId(),
                        registration.keys()))
                .count()
                .block();
        log.info("{} affiliate registration(s) restored", registered);
        return engine;
    }

    /** A stored policy was valid when uploaded; one this engine can no longer use stops the start rather than screen otherwise. */
    private static void useStoredPolicy(ScoringEngine engine, MerchantPolicyRows.StoredPolicy stored) {
        try {
            engine.usePolicy(stored.merchantId(), engine.readPolicy(stored.document(), stored.format()));
        } catch (InvalidPolicy mistake) {
            throw new IllegalStateException("merchant " + stored.merchantId() + ": its stored policy " + stored.version()
                    + " cannot be used by this version of Mamori: " + mistake.getMessage(), mistake);
        }
    }
}
