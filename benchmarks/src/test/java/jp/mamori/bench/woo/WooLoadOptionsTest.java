package jp.mamori.bench.woo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import jp.mamori.bench.woo.WooLoadOptions.Phase;
import org.junit.jupiter.api.Test;

class WooLoadOptionsTest {

    @Test
    void defaultsToTheIssuesTargets() {
        WooLoadOptions options = WooLoadOptions.parse("--admin-token", "t");

        assertThat(options.url()).isEqualTo("http://127.0.0.1:8080");
        assertThat(options.phase()).isEqualTo(Phase.BOTH);
        assertThat(options.acceptRate()).isEqualTo(2000);
        assertThat(options.lagRate()).isEqualTo(200);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.grace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.connections()).isEqualTo(64);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.bare()).isTrue();
    }

    @Test
    void readsEveryOption() {
        WooLoadOptions options = WooLoadOptions.parse("--url", "http://gateway.test:9000/", "--admin-token", "t",
                "--phase", "lag", "--accept-rate", "3000", "--lag-rate", "100", "--duration", "2m",
                "--warmup", "10s", "--grace", "30s", "--no-bare", "--connections", "128", "--timeout", "500ms");

        assertThat(options.url()).isEqualTo("http://gateway.test:9000");
        assertThat(options.phase()).isEqualTo(Phase.LAG);
        assertThat(options.acceptRate()).isEqualTo(3000);
        assertThat(options.lagRate()).isEqualTo(100);
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.grace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.connections()).isEqualTo(128);
        assertThat(options.timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.bare()).isFalse();
    }

    @Test
    void takesNoBareAsAFlagAnywhere() {
        assertThat(WooLoadOptions.parse("--no-bare", "--admin-token", "t").bare()).isFalse();
        assertThat(WooLoadOptions.parse("--admin-token", "t", "--no-bare").bare()).isFalse();
    }

    @Test
    void bothPhasesIncludeEachPhaseAndEachPhaseOnlyItself() {
        assertThat(Phase.BOTH.includes(Phase.ACCEPTANCE)).isTrue();
        assertThat(Phase.BOTH.includes(Phase.LAG)).isTrue();
        assertThat(Phase.ACCEPTANCE.includes(Phase.LAG)).isFalse();
        assertThat(Phase.LAG.includes(Phase.ACCEPTANCE)).isFalse();
    }

    @Test
    void requiresAnAdminToken() {
        assertThatThrownBy(() -> WooLoadOptions.parse("--phase", "lag")).hasMessageContaining("--admin-token");
    }

    @Test
    void refusesUnknownOptionsMissingValuesAndNonsense() {
        assertThatThrownBy(() -> WooLoadOptions.parse("--admin-token", "t", "--rate", "10")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> WooLoadOptions.parse("--admin-token", "t", "--lag-rate")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> WooLoadOptions.parse("--admin-token", "t", "--phase", "LAG")).hasMessageContaining("--phase");
        assertThatThrownBy(() -> WooLoadOptions.parse("--admin-token", "t", "--accept-rate", "0")).hasMessageContaining("--accept-rate");
        assertThatThrownBy(() -> WooLoadOptions.parse("--admin-token", "t", "--grace", "0s")).hasMessageContaining("--grace");
        assertThatThrownBy(() -> WooLoadOptions.parse("--admin-token", "t", "--duration", "30")).hasMessageContaining("duration");
        assertThatThrownBy(() -> WooLoadOptions.parse("--admin-token", "t", "--url", "localhost:8080")).hasMessageContaining("--url");
    }

    @Test
    void neverPrintsTheAdminToken() {
        assertThat(WooLoadOptions.parse("--admin-token", "adm_s3cr3t").toString())
                .doesNotContain("adm_s3cr3t").contains("adminToken=(given)");
    }
}
