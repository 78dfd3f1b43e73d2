package jp.mamori.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.DisposableServer;

/** The whole driver against an in-process bare endpoint standing in for both targets. */
class LoadDriverEndToEndTest {

    private DisposableServer endpoint;

    /** Started and called once, so that class loading does not stall the first arrivals of the run. */
    @BeforeEach
    void startEndpoint() {
        endpoint = BareEndpointServer.start(0);
        try (ScreeningHttpClient client = new ScreeningHttpClient(url(), "test-key", 1, Duration.ofSeconds(5))) {
            client.screen(new ScreeningRequestBodies("boot").body(0)).block(Duration.ofSeconds(5));
        }
    }

    @AfterEach
    void stopEndpoint() {
        endpoint.disposeNow();
    }

    private String url() {
        return "http://127.0.0.1:" + endpoint.port();
    }

    @Test
    void answersEveryArrivalAndReportsBothTargetsAndTheirRatios() throws Exception {
        LoadOptions options = LoadOptions.parse("--url", url(), "--bare-url", url(), "--api-key", "test-key",
                "--rate", "50", "--duration", "1s", "--warmup", "0s");

        ComparisonReport report = LoadDriver.run(options);

        assertThat(report.results()).extracting(TargetResult::target).containsExactly("gateway", "bare");
        assertThat(report.results()).allSatisfy(result -> {
            // Only a stall of over a second on this shared machine would drop arrivals; count them, don't fail.
            assertThat(result.sent() + result.dropped()).isEqualTo(50);
            assertThat(result.sent()).isPositive();
            assertThat(result.succeeded()).isEqualTo(result.sent());
            assertThat(result.rejected()).isZero();
            assertThat(result.failed()).isZero();
            assertThat(result.maxMicros()).isPositive();
        });
        assertThat(report.render().lines().map(line -> line.split("\\s+")[0]))
                .containsSubsequence("target", "gateway", "bare", "gateway/bare");
        assertThat(report.render())
                .contains("gateway/bare p50")
                .contains("gateway/bare p99")
                .doesNotContain("test-key");
    }
}
