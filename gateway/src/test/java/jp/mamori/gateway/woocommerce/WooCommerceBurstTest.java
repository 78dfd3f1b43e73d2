package jp.mamori.gateway.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jp.mamori.gateway.RunningGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A burst of webhooks (a sale's opening) makes the worker step back to one write-back at a time, so the webhooks
 * keep the CPU; once the burst is over, the backlog is worked off at full concurrency, and nothing is lost.
 */
class WooCommerceBurstTest {

    private static final String SECRET = "burst-secret";
    private static final String ORDERS = "/wp-json/wc/v3/orders/\\d+";
    private static final int BURST = 12;
    /** How long the shop takes to answer each order update: long enough to see how many overlap. */
    private static final int SHOP_DELAY_MS = 400;

    @TempDir
    Path dataDir;
    @RegisterExtension
    final WireMockExtension shop = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

    @Test
    void duringABurstOneWriteBackRunsAtATimeAndAfterItTheBacklogRunsAtFullConcurrency() {
        shop.stubFor(put(urlPathMatching(ORDERS)).willReturn(okJson("{}").withFixedDelay(SHOP_DELAY_MS)));
        shop.stubFor(post(urlPathMatching(ORDERS + "/notes")).willReturn(aResponse().withStatus(201).withBody("{\"id\":1}")));

        try (RunningGateway gateway = RunningGateway.start(dataDir, "mamori.allow-insecure-shop-urls=true",
                "mamori.inbox.poll-interval=100ms", "mamori.inbox.concurrency=8",
                "mamori.inbox.burst-rate=1", "mamori.inbox.burst-concurrency=1")) {
            WebTestClient client = gateway.client();
            WooDeliveries.connect(client, "osaka-sale", "大阪 セール", shop.getPort(), SECRET, "");
            byte[] order = WooDeliveries.tokyoOrder();
            // One order first, so the burst meets a warm engine, not one still loading its dictionaries.
            deliver(client, WooDeliveries.withOrderId(order, 7000));
            awaitNotes(1);

            long burstBegan = System.currentTimeMillis();
            for (int i = 1; i <= BURST; i++) {
                deliver(client, WooDeliveries.withOrderId(order, 7000 + i));
            }
            long burstEnded = System.currentTimeMillis();
            awaitNotes(1 + BURST);

            List<Long> updates = shop.findAll(putRequestedFor(urlPathMatching(ORDERS))).stream()
                    .map(LoggedRequest::getLoggedDate).map(date -> date.getTime()).filter(at -> at >= burstBegan)
                    .sorted().toList();
            assertThat(updates).hasSize(BURST);
            // The burst is seen from its second delivery on, and lasts until a second after its last one.
            List<Long> duringBurst = updates.stream().filter(at -> at <= burstEnded + 500).toList();
            assertThat(duringBurst).as("order updates begun during the burst").isNotEmpty();
            assertThat(mostBegunWithin(duringBurst, SHOP_DELAY_MS))
                    .as("order updates begun within %d ms of each other during the burst", SHOP_DELAY_MS)
                    .isLessThanOrEqualTo(2);
            assertThat(mostBegunWithin(updates, SHOP_DELAY_MS / 2))
                    .as("order updates begun together once the burst was over").isGreaterThanOrEqualTo(3);
        }
    }

    private static void deliver(WebTestClient client, byte[] body) {
        WooDeliveries.deliver(client, "osaka-sale", body, WooDeliveries.signature(body, SECRET)).expectStatus().isOk();
    }

    private void awaitNotes(int count) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> shop.countRequestsMatching(postRequestedFor(urlPathMatching(ORDERS + "/notes")).build())
                        .getCount() == count);
    }

    private static long mostBegunWithin(List<Long> sortedStarts, long windowMs) {
        long most = 0;
        for (int i = 0; i < sortedStarts.size(); i++) {
            long from = sortedStarts.get(i);
            most = Math.max(most, sortedStarts.stream().filter(at -> at >= from && at < from + windowMs).count());
        }
        return most;
    }
}
