package jp.mamori.bench.woo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jp.mamori.bench.load.TargetResult;
import org.junit.jupiter.api.Test;

class WooLoadReportTest {

    private final WooLoadOptions options = WooLoadOptions.parse("--admin-token", "adm_s3cr3t",
            "--phase", "acceptance", "--accept-rate", "1000", "--duration", "20s", "--warmup", "10s");

    @Test
    void setsTheGatewaysAcceptanceBesideTheBareEndpointsWithTheirRatios() {
        String report = new WooLoadReport(options, "bench-7mehe7r",
                result("acceptance", 870.1, 52_895, 662_015), result("bare", 1000.0, 1_250, 9_400),
                null, null, null).render();

        assertThat(report).contains("to http://127.0.0.1:8080/hooks/woocommerce/bench-7mehe7r: 10s warm-up, 20s measured");
        assertThat(report).containsPattern("acceptance +1000 +20000 +20000 +0 +0 +0 +870\\.1 +52\\.895 +662\\.015");
        assertThat(report).containsPattern("bare +1000 +20000 +20000 +0 +0 +0 +1000\\.0 +1\\.250 +9\\.400");
        assertThat(report).containsPattern("gateway/bare stored/s +0\\.87x")
                .containsPattern("gateway/bare p50 +42\\.32x")
                .containsPattern("gateway/bare p99 +70\\.43x");
        assertThat(report.lines().map(line -> line.split("\\s+")[0]))
                .containsSubsequence("phase", "acceptance", "bare", "gateway/bare", "gateway/bare", "gateway/bare");
        assertThat(report).doesNotContain("adm_s3cr3t");
    }

    @Test
    void hasNoRatiosWithoutABareRow() {
        String report = new WooLoadReport(options, "bench-1", result("acceptance", 870.1, 52_895, 662_015),
                null, null, null, null).render();

        assertThat(report).doesNotContain("gateway/bare").doesNotContainPattern("(?m)^bare ");
    }

    @Test
    void putsTheBareRowBeforeTheLagRowAndTheRatiosAfterTheTable() {
        WooLoadOptions both = WooLoadOptions.parse("--admin-token", "t");
        String report = new WooLoadReport(both, "bench-2", result("acceptance", 870.1, 52_895, 662_015),
                result("bare", 1000.0, 1_250, 9_400), new Backlog(100, 100, Duration.ofSeconds(4)),
                result("lag", 200.0, 18_431, 302_335), new LagResult(6000, 6000, 0, 80_000, 900_000, 950_000, 990_000))
                .render();

        assertThat(report.lines().map(line -> line.split("\\s+")[0])).containsSubsequence(
                "phase", "acceptance", "bare", "lag", "gateway/bare", "gateway/bare", "gateway/bare", "acceptance",
                "end-to-end", "phase", "lag");
        assertThat(report).contains("acceptance backlog: all 100 stored deliveries written back 4.0 s after the last answer");
    }

    @Test
    void saysWhatTheBareEndpointDidNotStoreAndHasNoRatioWhereItStoredNothing() {
        TargetResult troubled = new TargetResult("bare", 20_000, 0, 0, 20_000, 0, 0, 0, 0, 0, 0,
                Map.of(), "ConnectException: Connection refused");

        String report = new WooLoadReport(options, "bench-3", result("acceptance", 870.1, 52_895, 662_015),
                troubled, null, null, null).render();

        assertThat(report).contains("bare first error: ConnectException: Connection refused");
        assertThat(report).contains("bare did not answer every delivery");
        assertThat(report).containsPattern("gateway/bare stored/s +n/a")
                .containsPattern("gateway/bare p50 +n/a")
                .containsPattern("gateway/bare p99 +n/a");
    }

    @Test
    void saysSoWhenTheGatewayStoredNothing() {
        TargetResult refused = new TargetResult("acceptance", 20_000, 0, 20_000, 0, 0, 0, 0, 0, 0, 0,
                Map.of(401, 20_000L), null);

        String report = new WooLoadReport(options, "bench-4", refused, result("bare", 1000.0, 1_250, 9_400),
                null, null, null).render();

        assertThat(report).contains("acceptance answers other than stored, by status: 401=20000");
        assertThat(report).containsPattern("gateway/bare stored/s +0\\.00x").containsPattern("gateway/bare p50 +n/a");
    }

    private static TargetResult result(String target, double storedPerSecond, long p50Micros, long p99Micros) {
        return new TargetResult(target, 20_000, 20_000, 0, 0, 0, storedPerSecond,
                p50Micros, p99Micros, p99Micros + 100_000, p99Micros + 200_000, Map.of(), null);
    }
}
