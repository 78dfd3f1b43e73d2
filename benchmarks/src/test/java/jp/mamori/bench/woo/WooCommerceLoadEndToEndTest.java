package jp.mamori.bench.woo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.bench.load.TargetResult;
import org.junit.jupiter.api.Test;

/** The whole driver, with its own fake shop, against a stub gateway on this JVM at a low rate. */
class WooCommerceLoadEndToEndTest {

    private static WooLoadOptions options(StubGateway gateway, String phase, String grace) {
        return WooLoadOptions.parse("--url", gateway.url(), "--admin-token", StubGateway.ADMIN_TOKEN,
                "--phase", phase, "--accept-rate", "50", "--lag-rate", "50", "--duration", "1s",
                "--warmup", "0s", "--grace", grace);
    }

    @Test
    void connectsAShopAcceptsDeliveriesAndMeasuresTheLagOfEveryWriteBack() throws Exception {
        try (StubGateway gateway = new StubGateway(true)) {
            WooLoadReport report = WooCommerceLoad.run(options(gateway, "both", "10s"));

            assertThat(gateway.connectedShop().path("platform").asString()).isEqualTo("woocommerce");
            assertThat(gateway.connectedShop().path("merchant_id").asString()).isEqualTo("mer_stub");
            assertThat(gateway.connectedShop().path("base_url").asString()).startsWith("http://127.0.0.1:");
            assertThat(gateway.badSignatures()).isZero();
            for (TargetResult phase : new TargetResult[] {report.acceptance(), report.lagAnswers()}) {
                // Only a stall of over a second on this shared machine would drop arrivals; count them, don't fail.
                assertThat(phase.sent() + phase.dropped()).isEqualTo(50);
                assertThat(phase.succeeded()).isEqualTo(phase.sent()).isPositive();
                assertThat(phase.failed()).isZero();
            }
            assertThat(report.backlog().drained()).isTrue();
            assertThat(report.backlog().owed()).isEqualTo(report.acceptance().succeeded());
            assertThat(report.lag().stored()).isEqualTo(report.lagAnswers().succeeded());
            assertThat(report.lag().writtenBack()).isEqualTo(report.lag().stored());
            assertThat(report.lag().missing()).isZero();
            assertThat(report.lag().maxMicros()).isPositive();
            assertThat(report.render().lines().map(line -> line.split("\\s+")[0]))
                    .containsSubsequence("phase", "acceptance", "lag", "acceptance", "phase", "lag");
            assertThat(report.render()).doesNotContain(StubGateway.ADMIN_TOKEN);
        }
    }

    @Test
    void countsStoredOrdersNeverWrittenBackAsMissing() throws Exception {
        try (StubGateway gateway = new StubGateway(false)) {
            WooLoadReport report = WooCommerceLoad.run(options(gateway, "lag", "200ms"));

            assertThat(report.acceptance()).isNull();
            assertThat(report.backlog()).isNull();
            assertThat(report.lag().stored()).isPositive();
            assertThat(report.lag().writtenBack()).isZero();
            assertThat(report.lag().missing()).isEqualTo(report.lag().stored());
            assertThat(report.render()).contains("were not written back within 200ms");
        }
    }
}
