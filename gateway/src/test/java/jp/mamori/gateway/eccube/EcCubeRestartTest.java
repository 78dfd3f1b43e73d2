package jp.mamori.gateway.eccube;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import jp.mamori.gateway.RunningGateway;
import jp.mamori.gateway.inbox.InboxStore;
import jp.mamori.gateway.shops.ShopRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An EC-CUBE shop from the shops file, across a restart: orders placed while Mamori was down are found by
 * the reconciliation from its stored high-water mark and screened once; the refresh token of the file is
 * used once, not again at the next start (it was rotated away); the admin API refuses what EC-CUBE cannot do.
 */
class EcCubeRestartTest {

    private static final String SECRET = "restart-secret";

    @TempDir
    Path dir;
    private final FakeEcCube fake = new FakeEcCube();
    private final WireMockServer shop = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(fake));

    @AfterEach
    void stopShop() {
        shop.stop();
    }

    @Test
    void ordersPlacedWhileMamoriWasDownAreScreenedOnceWhenItIsBack() throws Exception {
        shop.start();
        EcCubeHooks.serve(shop);
        Path file = dir.resolve("shops.yaml");
        Files.writeString(file, """
                shops:
                  nagoya-miso:
                    platform: ec-cube
                    merchant_id: demo
                    base_url: http://127.0.0.1:%d
                    credentials: {client_id: mamori, client_secret: "${NAGOYA_CLIENT_SECRET}", refresh_token: "${NAGOYA_REFRESH}"}
                    webhook_secrets: ["${NAGOYA_WEBHOOK_SECRET}"]
                    screen_statuses: [1, 6]
                """.formatted(shop.port()), StandardCharsets.UTF_8);
        String[] settings = {"mamori.shops-file=" + file, "mamori.allow-insecure-shop-urls=true", "mamori.inbox.poll-interval=50ms",
                "NAGOYA_CLIENT_SECRET=cs-from-env", "NAGOYA_REFRESH=" + fake.issueRefreshToken(), "NAGOYA_WEBHOOK_SECRET=" + SECRET};
        fake.order(1501, EcCubeHooks.TOKYO, 1);

        try (RunningGateway first = RunningGateway.start(dir.resolve("data"), append(settings, "mamori.ec-cube.reconcile-interval=1h"))) {
            WebTestClient client = first.client();
            String shown = new String(EcCubeHooks.admin(client, "GET", "/admin/shops/nagoya-miso").expectStatus().isOk().expectBody()
                    .jsonPath("$.platform").isEqualTo("ec-cube")
                    .jsonPath("$.admin_route").isEqualTo("admin")
                    .jsonPath("$.screen_statuses").isEqualTo(java.util.List.of("1", "6"))
                    .returnResult().getResponseBody(), StandardCharsets.UTF_8);
            assertThat(shown).doesNotContain("cs-from-env").doesNotContain("rt-").doesNotContain(SECRET);
            assertThat(first.bean(ShopRecords.class).find("nagoya-miso").block().secrets().clientSecret()).isEqualTo("cs-from-env");

            EcCubeHooks.orderEvent(client, "nagoya-miso", SECRET, 1501, "created");
            await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(1501).size() == 1);
            // What was screened is recorded just after the write-back the shop saw: wait for the delivery to finish.
            await().atMost(Duration.ofSeconds(20)).until(() -> first.bean(InboxStore.class).pendingCount().block() == 0);
            // The first poll sets the high-water mark.
            EcCubeHooks.admin(client, "POST", "/admin/shops/nagoya-miso/ec-cube/reconcile").expectStatus().isOk().expectBody()
                    .jsonPath("$.enqueued").isEqualTo(0);
        }

        // Mamori is down: these orders' webhooks fail, and EC-CUBE never sends them again.
        fake.order(1502, EcCubeHooks.OSAKA, 1).order(1503, EcCubeHooks.TOKYO, 6);
        fake.checkoutStarted(1504, EcCubeHooks.OSAKA);

        try (RunningGateway second = RunningGateway.start(dir.resolve("data"), append(settings, "mamori.ec-cube.reconcile-interval=1s"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> fake.writeBacks(1502).size() == 1 && fake.writeBacks(1503).size() == 1);
            Thread.sleep(2_500);
            assertThat(fake.writeBacks(1501)).hasSize(1);
            assertThat(fake.writeBacks(1502)).hasSize(1);
            assertThat(fake.writeBacks(1503)).hasSize(1);
            assertThat(fake.writeBacks(1504)).isEmpty();
            // One refresh, at the first start; the second start kept the rotated tokens instead of the file's spent one.
            assertThat(fake.tokenGrants()).containsExactly("refresh_token");
            EcCubeHooks.admin(second.client(), "GET", "/admin/shops/nagoya-miso/doctor").expectStatus().isOk().expectBody()
                    .jsonPath("$.healthy").isEqualTo(true);

            WebTestClient client = second.client();
            String merchant = EcCubeHooks.merchant(client, "岐阜 和菓子");
            refused(client, merchant, "\"on_decision\": {\"NG\": \"cancel\"}", "on_decision");
            refused(client, merchant, "\"screen_statuses\": [1, 8]", "screen_statuses[1]");
            refused(client, merchant, "\"admin_route\": \"../x\"", "admin_route");
        }
    }

    private static void refused(WebTestClient client, String merchant, String extra, String field) {
        client.put().uri("/admin/shops/gifu-wagashi").header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"platform": "ec-cube", "merchant_id": "%s", "base_url": "https://gifu.example.jp",
                         "credentials": {"client_id": "c", "client_secret": "s"}, "webhook_secrets": ["w"], %s}
                        """.formatted(merchant, extra))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private static String[] append(String[] settings, String more) {
        String[] all = java.util.Arrays.copyOf(settings, settings.length + 1);
        all[settings.length] = more;
        return all;
    }
}
