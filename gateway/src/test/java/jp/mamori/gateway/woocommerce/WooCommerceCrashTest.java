package jp.mamori.gateway.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import jp.mamori.gateway.GatewayProcess;
import jp.mamori.gateway.RunningGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
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
        byte[] template = fixture();

        // Two write-backs at a time, so that the kill finds some orders written back and most not yet.
        try (GatewayProcess first = GatewayProcess.start(dataDir.resolve("data"), port, log,
                "mamori.allow-insecure-shop-urls=true", "mamori.inbox.poll-interval=100ms", "mamori.inbox.concurrency=2")) {
            WebTestClient client = WebTestClient.bindToServer().baseUrl(first.baseUrl()).responseTimeout(Duration.ofSeconds(20)).build();
            connectShop(client);
            for (int order : orderIds()) {
                byte[] body = new String(template, StandardCharsets.UTF_8)
                        .replaceFirst("\\{\"id\":5123,", "{\"id\":" + order + ",").getBytes(StandardCharsets.UTF_8);
                deliver(client, body).expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("stored");
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

    private void connectShop(WebTestClient client) {
        String merchantId = JsonPath.read(new String(client.post().uri("/admin/merchants")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": \"福岡 明太子本舗\"}")
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody()), "$.merchant_id");
        client.put().uri("/admin/shops/fukuoka-mentai")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"platform": "woocommerce", "merchant_id": "%s", "base_url": "http://127.0.0.1:%d",
                         "credentials": {"consumer_key": "ck_fukuoka", "consumer_secret": "cs_fukuoka"},
                         "webhook_secrets": ["%s"]}
                        """.formatted(merchantId, shop.port(), SECRET))
                .exchange().expectStatus().isOk();
    }

    private static WebTestClient.ResponseSpec deliver(WebTestClient client, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return client.post().uri("/hooks/woocommerce/fukuoka-mentai")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-WC-Webhook-Topic", "order.created")
                .header("X-WC-Webhook-Resource", "order")
                .header("X-WC-Webhook-Event", "created")
                .header("X-WC-Webhook-Signature", Base64.getEncoder().encodeToString(mac.doFinal(body)))
                .bodyValue(body)
                .exchange();
    }

    private static byte[] fixture() throws Exception {
        try (InputStream in = WooCommerceCrashTest.class.getResourceAsStream("/woocommerce/order-created-tokyo.json")) {
            return in.readAllBytes();
        }
    }
}
