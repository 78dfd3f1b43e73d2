package jp.mamori.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void defaultsToTheBriefsRun() {
        LoadOptions options = LoadOptions.parse("--api-key", "k");

        assertThat(options.url()).isEqualTo("http://127.0.0.1:8080");
        assertThat(options.rate()).isEqualTo(500);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.connections()).isEqualTo(64);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.bare()).isTrue();
        assertThat(options.bareUrl()).isNull();
    }

    @Test
    void readsEveryOption() {
        LoadOptions options = LoadOptions.parse("--url", "http://gateway.test:9000/", "--api-key", "k",
                "--rate", "200", "--duration", "2m", "--warmup", "10s", "--connections", "16",
                "--timeout", "500ms", "--bare", "false");

        assertThat(options.url()).isEqualTo("http://gateway.test:9000");
        assertThat(options.rate()).isEqualTo(200);
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.connections()).isEqualTo(16);
        assertThat(options.timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.bare()).isFalse();
    }

    @Test
    void screensByDefaultOrAuthorizesWithADeadline() {
        assertThat(LoadOptions.parse("--api-key", "k").endpoint()).isEqualTo(LoadOptions.Endpoint.SCREENINGS);
        LoadOptions authorizations = LoadOptions.parse("--api-key", "k", "--endpoint", "authorizations", "--deadline-ms", "150");

        assertThat(authorizations.endpoint().path()).isEqualTo("/v1/authorizations");
        assertThat(authorizations.deadlineMs()).isEqualTo(150);
        assertThatThrownBy(() -> LoadOptions.parse("--api-key", "k", "--endpoint", "refunds")).hasMessageContaining("--endpoint");
        assertThatThrownBy(() -> LoadOptions.parse("--api-key", "k", "--deadline-ms", "2001")).hasMessageContaining("--deadline-ms");
    }

    @Test
    void aBareUrlMeansTheBareEndpointIsMeasured() {
        LoadOptions options = LoadOptions.parse("--api-key", "k", "--bare", "false", "--bare-url", "http://127.0.0.1:9090");

        assertThat(options.bare()).isTrue();
        assertThat(options.bareUrl()).isEqualTo("http://127.0.0.1:9090");
    }

    @Test
    void requiresAnApiKey() {
        assertThatThrownBy(() -> LoadOptions.parse("--rate", "10")).hasMessageContaining("--api-key");
    }

    @Test
    void refusesUnknownOptionsMissingValuesAndNonsense() {
        assertThatThrownBy(() -> LoadOptions.parse("--api-key", "k", "--rps", "10")).hasMessageContaining("--rps");
        assertThatThrownBy(() -> LoadOptions.parse("--api-key", "k", "--rate")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LoadOptions.parse("--api-key", "k", "--rate", "fast")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> LoadOptions.parse("--api-key", "k", "--rate", "0")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> LoadOptions.parse("--api-key", "k", "--duration", "0s")).hasMessageContaining("--duration");
        assertThatThrownBy(() -> LoadOptions.parse("--api-key", "k", "--bare", "yes")).hasMessageContaining("--bare");
        assertThatThrownBy(() -> LoadOptions.parse("--api-key", "k", "--url", "127.0.0.1:8080")).hasMessageContaining("--url");
    }

    @Test
    void neverPrintsTheApiKey() {
        LoadOptions options = LoadOptions.parse("--api-key", "mk_live_s3cr3t");

        assertThat(options.toString()).doesNotContain("mk_live_s3cr3t").contains("apiKey=(given)");
    }
}
