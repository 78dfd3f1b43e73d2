package jp.mamori.gateway.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jp.mamori.engine.Policy;
import jp.mamori.gateway.RunningGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The retention settings: their defaults, their names in the environment, and the values refused at start. */
class RetentionPropertiesTest {

    @TempDir
    Path dataDir;

    @Test
    void defaultsKeepScreeningsLongerThanTheEngineReadsThemBack() {
        RetentionProperties defaults = new RetentionProperties(null, null, null, null, null);

        assertThat(defaults).isEqualTo(new RetentionProperties(Duration.ofDays(400), Duration.ofDays(7),
                Duration.ofHours(1), 100, 1_000));
        assertThat(RetentionProperties.engineReadsBack(Policy.defaultPolicy())).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void theEnvironmentNamesOfTheReadmeSetThem() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test", Map.of(
                "MAMORI_SCREENINGS_KEPT_FOR", "P730D",
                "MAMORI_IDEMPOTENCY_KEYS_KEPT_FOR", "2d",
                "MAMORI_RETENTION_INTERVAL", "15m",
                "MAMORI_RETENTION_BATCH_SIZE", "250",
                "MAMORI_RETENTION_BATCHES_PER_PASS", "40")));

        String prefix = RetentionProperties.class.getAnnotation(ConfigurationProperties.class).value();
        RetentionProperties bound = new Binder(ConfigurationPropertySources.get(environment))
                .bind(prefix, RetentionProperties.class).get();

        assertThat(bound).isEqualTo(new RetentionProperties(Duration.ofDays(730), Duration.ofDays(2),
                Duration.ofMinutes(15), 250, 40));
    }

    @Test
    void screeningsKeptShorterThanTheEngineReadsThemBackAreRefusedNamingTheSetting() {
        assertThat(new RetentionProperties(Duration.ofDays(365), null, null, null, null).screeningsKeptFor())
                .isEqualTo(Duration.ofDays(365));
        assertThatThrownBy(() -> new RetentionProperties(Duration.ofDays(364), null, null, null, null))
                .hasMessageContaining("MAMORI_SCREENINGS_KEPT_FOR").hasMessageContaining("at least P365D");
    }

    @Test
    void idempotencyKeysKeptLessThanADayAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new RetentionProperties(null, Duration.ofHours(12), null, null, null))
                .hasMessageContaining("MAMORI_IDEMPOTENCY_KEYS_KEPT_FOR").hasMessageContaining("at least P1D");
    }

    @Test
    void aGatewayToldToKeepScreeningsAMonthDoesNotStart() {
        assertThatThrownBy(() -> RunningGateway.start(dataDir, "mamori.screenings-kept-for=30d").close())
                .rootCause().hasMessageContaining("MAMORI_SCREENINGS_KEPT_FOR) is P30D: it must be at least P365D");
    }
}
