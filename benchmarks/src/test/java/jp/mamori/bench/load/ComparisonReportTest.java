package jp.mamori.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ComparisonReportTest {

    private final LoadOptions options = LoadOptions.parse("--api-key", "mk_s3cr3t", "--rate", "100");

    @Test
    void setsTheGatewayBesideTheBareEndpointWithTheirRatios() {
        String report = new ComparisonReport(options, List.of(
                result("gateway", 3_000, 12_000), result("bare", 1_000, 3_000))).render();

        assertThat(report).contains("at 100 req/s: 5s warm-up, 30s measured, at most 64 in flight; API key given");
        assertThat(report).containsPattern("gateway +3000 +3000 +0 +0 +0 +100\\.0 +3\\.000 +12\\.000");
        assertThat(report).containsPattern("bare +3000 +3000 +0 +0 +0 +100\\.0 +1\\.000 +3\\.000");
        assertThat(report).containsPattern("gateway/bare p50 +3\\.00x").containsPattern("gateway/bare p99 +4\\.00x");
        assertThat(report).doesNotContain("mk_s3cr3t");
    }

    @Test
    void hasNoRatioWithoutBothTargets() {
        String report = new ComparisonReport(options, List.of(result("gateway", 3_000, 12_000))).render();

        assertThat(report).doesNotContain("gateway/bare");
    }

    @Test
    void saysWhichStatusesCameBackAndWarnsWhenArrivalsWentUnanswered() {
        TargetResult troubled = new TargetResult("gateway", 3_000, 0, 2_990, 10, 5, 0, 0, 0, 0, 0,
                Map.of(429, 90L, 401, 2_900L), "ConnectException: Connection refused");

        String report = new ComparisonReport(options, List.of(troubled, result("bare", 1_000, 3_000))).render();

        assertThat(report).contains("gateway non-2xx by status: 401=2900, 429=90");
        assertThat(report).contains("gateway first error: ConnectException: Connection refused");
        assertThat(report).contains("gateway did not answer every arrival");
        assertThat(report).containsPattern("gateway/bare p50 +n/a");
    }

    @Test
    void givesTheShareOfAuthorizationsAnsweredByTheFallback() {
        LoadOptions authorizations = LoadOptions.parse("--api-key", "k", "--rate", "1000", "--endpoint", "authorizations");

        String report = new ComparisonReport(authorizations, List.of(result("gateway", 3_000, 12_000), result("bare", 1_000, 3_000)),
                Map.of("gateway", 30L, "bare", 0L)).render();

        assertThat(report).contains("POST /v1/authorizations (deadline_ms 200) at 1000 req/s");
        assertThat(report).containsPattern("gateway fallbacks +30 of 3000 2xx answers \\(1\\.00 %\\)");
        assertThat(report).containsPattern("bare fallbacks +0 of 3000 2xx answers \\(0\\.00 %\\)");
    }

    private static TargetResult result(String target, long p50Micros, long p99Micros) {
        return new TargetResult(target, 3_000, 3_000, 0, 0, 0, 100.0,
                p50Micros, p99Micros, p99Micros * 2, p99Micros * 3, Map.of(), null);
    }
}
