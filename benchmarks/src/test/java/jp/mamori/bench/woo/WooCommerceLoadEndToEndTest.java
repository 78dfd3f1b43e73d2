package jp.mamori.bench.woo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import jp.mamori.bench.load.TargetResult;
import org.junit.jupiter.api.Test;

/** The whole driver, with its own fake shop, against a stub gateway on this JVM at a low rate. */
class WooCommerceLoadEndToEndTest {

    private static WooLoadOptions options(StubGateway gateway, String phase, String grace, String... more) {
        String[] common = {"--url", gateway.url(), "--admin-token", StubGateway.ADMIN_TOKEN,
                "--phase", phase, "--accept-rate", "50", "--lag-rate", "50", "--duration", "1s",
                "--warmup", "0s", "--grace", grace};
        String[] args = Arrays.copyOf(common, common.length + more.length);
        System.arraycopy(more, 0, args, common.length, more.length);
        return WooLoadOptions.parse(args);
    }

    @Test
    void connectsAShopAcceptsDeliveriesAtTheGatewayAndTheBareEndpointAndMeasuresTheLagOfEveryWriteBack()
            throws Exception {
        try (StubGateway gateway = new StubGateway(true)) {
            WooLoadReport report = WooCommerceLoad.run(options(gateway, "both", "10s"));

            assertThat(gateway.connectedShop().path("platform").asString()).isEqualTo("woocommerce");
            assertThat(gateway.connectedShop().path("merchant_id").asString()).isEqualTo("mer_stub");
            assertThat(gateway.connectedShop().path("base_url").asString()).startsWith("http://127.0.0.1:");
            assertThat(gateway.badSignatures()).isZero();
            for (TargetResult phase : new TargetResult[] {report.acceptance(), report.bareAcceptance(), report.lagAnswers()}) {
                // Only a stall of over a second on this shared machine would drop arrivals; count them, don't fail.
                assertThat(phase.sent() + phase.dropped()).isEqualTo(50);
                assertThat(phase.succeeded()).isEqualTo(phase.sent()).isPositive();
                assertThat(phase.failed()).isZero();
            }
            // The bare phase's deliveries went to the child JVM, never to the gateway.
            assertThat(gateway.deliveries()).isEqualTo(report.acceptance().sent() + report.lagAnswers().sent());
            assertThat(report.backlog().drained()).isTrue();
            assertThat(report.backlog().owed()).isEqualTo(report.acceptance().succeeded());
            assertThat(report.lag().stored()).isEqualTo(report.lagAnswers().succeeded());
            assertThat(report.lag().writtenBack()).isEqualTo(report.lag().stored());
            assertThat(report.lag().missing()).isZero();
            assertThat(report.lag().maxMicros()).isPositive();
            assertThat(report.render().lines().map(line -> line.split("\\s+")[0]))
                    .containsSubsequence("phase", "acceptance", "bare", "lag", "gateway/bare", "acceptance", "phase", "lag");
            assertThat(report.render()).doesNotContain(StubGateway.ADMIN_TOKEN);
        }
    }

    @Test
    void countsStoredOrdersNeverWrittenBackAsMissing() throws Exception {
        try (StubGateway gateway = new StubGateway(false)) {
            WooLoadReport report = WooCommerceLoad.run(options(gateway, "lag", "200ms"));

            assertThat(report.acceptance()).isNull();
            assertThat(report.bareAcceptance()).isNull();
            assertThat(report.backlog()).isNull();
            assertThat(report.lag().stored()).isPositive();
            assertThat(report.lag().writtenBack()).isZero();
            assertThat(report.lag().missing()).isEqualTo(report.lag().stored());
            assertThat(report.render()).contains("were not written back within 200ms");
        }
    }

    @Test
    void measuresTheGatewayAloneWithNoBare() throws Exception {
        try (StubGateway gateway = new StubGateway(false)) {
            WooLoadReport report = WooCommerceLoad.run(options(gateway, "acceptance", "200ms", "--no-bare"));

            assertThat(report.acceptance().succeeded()).isPositive();
            assertThat(report.bareAcceptance()).isNull();
            assertThat(report.render()).doesNotContain("gateway/bare");
        }
    }
}
