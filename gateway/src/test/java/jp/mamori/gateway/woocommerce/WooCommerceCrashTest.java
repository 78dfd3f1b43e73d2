package jp.mamori.gateway.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import jp.mamori.gateway.GatewayProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Deliveries are accepted, the gateway JVM is killed with SIGKILL while it is writing decisions
 * back, and started again: every accepted order ends with exactly one Mamori note in the shop.
 */
class WooCommerceCrashTest {

    private static final String SECRET = "crash-test-secret";
    private static final int ORDERS = 30;

    @TempDir
    Path dataDir;
    private final NotesBook notesBook = new NotesBook();
    private final WireMockServer shop = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
            .extensions(notesBook));

    @AfterEach
    void stopShop() {
        shop.stop();
    }

    @Test
    void everyAcceptedOrderIsWrittenBackOnceAcrossAKill9() throws Exception {
        shop.start();
        shop.stubFor(put(urlPathMatching("/wp-json/wc/v3/orders/\\d+")).willReturn(okJson("{}")));
        // Each note takes a while to be saved, so that the kill lands in the middle of the write-backs.
        shop.stubFor(any(urlPathMatching("/wp-json/wc/v3/orders/\\d+/notes"))
                .willReturn(aResponse().withFixedDelay(300).withTransformers(NotesBook.NAME)));
        int port = GatewayProcess.freePort();
        Path log = dataDir.resolve("gateway.log");
        byte[] template = WooDeliveries.tokyoOrder();

        // Two write-backs at a time, so that the kill finds some orders written back and most not yet.
        try (GatewayProcess first = GatewayProcess.start(dataDir.resolve("data"), port, log,
                "mamori.allow-insecure-shop-urls=true", "mamori.inbox.poll-interval=100ms", "mamori.inbox.concurrency=2")) {
            WebTestClient client = WebTestClient.bindToServer().baseUrl(first.baseUrl()).responseTimeout(Duration.ofSeconds(20)).build();
            WooDeliveries.connect(client, "fukuoka-mentai", "福岡 明太子本舗", shop.port(), SECRET, "");
            for (int order : orderIds()) {
                byte[] body = WooDeliveries.withOrderId(template, order);
                WooDeliveries.deliver(client, "fukuoka-mentai", body, WooDeliveries.signature(body, SECRET)).expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("stored");
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> notesBook.notes().size() >= 3);
            first.kill();
        }
        int writtenBeforeTheKill = notesBook.notes().size();

        try (GatewayProcess second = GatewayProcess.start(dataDir.resolve("data"), port, log, "mamori.allow-insecure-shop-urls=true",
                "mamori.inbox.poll-interval=100ms")) {
            await().atMost(Duration.ofSeconds(120)).until(() -> notesBook.notes().size() == ORDERS);
            Thread.sleep(1_000);
        }
        assertThat(writtenBeforeTheKill).isLessThan(ORDERS);
        for (int order : orderIds()) {
            assertThat(notesBook.notes().get(Integer.toString(order))).as("notes of order " + order).hasSize(1);
        }
    }

    private static List<Integer> orderIds() {
        return IntStream.rangeClosed(7001, 7000 + ORDERS).boxed().toList();
    }
}
