package jp.mamori.gateway.screening;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.engine.IdentityKeyer;
import jp.mamori.engine.Policy;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.engine.checks.VelocityRule;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryNegativeList;
import jp.mamori.engine.state.InMemoryVelocityStore;
import jp.mamori.gateway.MamoriProperties;
import jp.mamori.gateway.review.NegativeListRows;
import jp.mamori.gateway.storage.InstanceSettings;
import jp.mamori.gateway.storage.Screenings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the scoring engine. Its velocity and negative list live in memory and are rebuilt here from
 * the database before the server takes its first request, so a restart forgets no recent order and
 * no listing; {@code DurableNegativeList} writes every later listing to the database first.
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
    ScoringEngine scoringEngine(IdentityKeyer keyer, Screenings screenings, NegativeListRows negativeListRows, Clock clock) {
        Policy policy = Policy.defaultPolicy();
        Duration retention = policy.velocityRules().stream()
                .map(VelocityRule::window)
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
        InMemoryVelocityStore velocity = new InMemoryVelocityStore(retention);
        InMemoryNegativeList negativeList = new InMemoryNegativeList();
        ScoringEngine engine = new ScoringEngine(policy, OrderNormalizer.bundled(), keyer, velocity,
                DisposableEmailDomains.bundled(), negativeList);
        Long replayed = screenings.historySince(clock.instant().minus(retention))
                .doOnNext(event -> engine.remember(event.merchantId(), event.keys(), event.orderedAt()))
                .count()
                .block();
        log.info("Velocity rebuilt from {} stored screenings of the last {}; policy {}", replayed, retention, policy.version());
        Long listed = negativeListRows.activeAt(clock.instant())
                .doOnNext(entry -> negativeList.register(entry.key(), entry.sourceMerchant(), entry.reason(),
                        entry.registeredAt(), entry.expiresAt()))
                .count()
                .block();
        log.info("Negative list restored with {} listings", listed);
        return engine;
    }
}
