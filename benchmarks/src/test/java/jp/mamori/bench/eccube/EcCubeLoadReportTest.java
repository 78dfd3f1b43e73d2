package jp.mamori.bench.eccube;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jp.mamori.bench.load.TargetResult;
import org.junit.jupiter.api.Test;

class EcCubeLoadReportTest {

    private static final String HOOK = "http://127.0.0.1:8080/hooks/ec-cube/bench-eccube-x1";

    @Test
    void setsTheGatewayBesideTheBareEndpointWithTheirRatios() {
        String report = report(result("gateway", 198.0, 7_490, 117_950), result("bare", 200.0, 1_070, 2_950));

        assertThat(report).contains("EC-CUBE webhook to " + HOOK + ": 10s warm-up, 30s measured, at most 32 in flight");
        assertThat(report).containsPattern("gateway +200 +6000 +6000 +0 +0 +0 +198\\.0 +7\\.490 +117\\.950");
        assertThat(report).containsPattern("bare +200 +6000 +6000 +0 +0 +0 +200\\.0 +1\\.070 +2\\.950");
        assertThat(report).containsPattern("gateway/bare stored/s +0\\.99x")
                .containsPattern("gateway/bare p50 +7\\.00x")
                .containsPattern("gateway/bare p99 +39\\.98x");
        assertThat(report.lines().map(line -> line.split("\\s+")[0]))
                .containsExactly("EC-CUBE", "target", "gateway", "bare", "gateway/bare", "gateway/bare", "gateway/bare");
    }

    @Test
    void showsTheGatewayAloneWithoutABarePhase() {
        String report = report(result("gateway", 199.9, 7_490, 117_950), null);

        assertThat(report.lines().map(line -> line.split("\\s+")[0])).containsExactly("EC-CUBE", "target", "gateway");
    }

    @Test
    void saysWhatWasNotStoredUnderTheTable() {
        TargetResult refused = new TargetResult("gateway", 6_000, 0, 6_000, 0, 0, 0, 0, 0, 0, 0, Map.of(401, 6_000L), null);

        String report = report(refused, result("bare", 200.0, 1_070, 2_950));

        assertThat(report).contains("gateway answers other than stored, by status: 401=6000");
        assertThat(report).containsPattern("gateway/bare stored/s +0\\.00x").containsPattern("gateway/bare p99 +n/a");
    }

    private static String report(TargetResult gateway, TargetResult bare) {
        return new EcCubeLoadReport(HOOK, 200, Duration.ofSeconds(10), Duration.ofSeconds(30), 32, gateway, bare).render();
    }

    private static TargetResult result(String target, double storedPerSecond, long p50Micros, long p99Micros) {
        return new TargetResult(target, 6_000, 6_000, 0, 0, 0, storedPerSecond,
                p50Micros, p99Micros, p99Micros + 10_000, p99Micros + 20_000, Map.of(), null);
    }
}
