package jp.mamori.gateway.eccube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import jp.mamori.gateway.GatewayProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * EC-CUBE webhooks are accepted, the gateway JVM is killed with SIGKILL while it writes decisions back,
 * and started again: every accepted order gets its decision in the shop, with one memo entry each.
 */
class EcCubeCrashTest {

    private static final String SECRET = "crash-secret";
    private static final int ORDERS = 30;

    @TempDir
    Path dataDir;
    private final FakeEcCube fake = new FakeEcCube();
    private final WireMockServer shop = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(fake));

    @AfterEach
    void stopShop() {
        shop.stop();
    }

    @Test
    void everyAcceptedOrderIsWrittenBackOnceAcrossAKill9() throws Exception {
        shop.start();
        EcCubeHooks.serve(shop);
        // Each write-back takes a while, so that the kill lands in the middle of them.
        shop.stubFor(post(urlEqualTo("/api")).atPriority(1).withRequestBody(containing("updateOrderScreening"))
                .willReturn(aResponse().withFixedDelay(300).withTransformers(FakeEcCube.NAME)));
        orderIds().forEach(id -> fake.order(id, id % 2 == 0 ? EcCubeHooks.TOKYO : EcCubeHooks.OSAKA, 1));
        int port = GatewayProcess.freePort();
        Path log = dataDir.resolve("gateway.log");

        try (GatewayProcess first = GatewayProcess.start(dataDir.resolve("data"), port, log, "mamori.allow-insecure-shop-urls=true",
                "mamori.inbox.poll-interval=100ms", "mamori.inbox.concurrency=2", "mamori.ec-cube.reconcile-interval=1h")) {
            WebTestClient client = WebTestClient.bindToServer().baseUrl(first.baseUrl()).responseTimeout(Duration.ofSeconds(20)).build();
            EcCubeHooks.connect(client, "kobe-beef", "神戸 牛肉店", shop.port(), SECRET, fake.issueRefreshToken(), "");
            for (long id : orderIds()) {
                byte[] body = EcCubeHooks.events("order", Long.toString(id), "created");
                EcCubeHooks.deliver(client, "kobe-beef", body, EcCubeHooks.signature(body, SECRET)).expectStatus().isOk()
                        .expectBody().jsonPath("$.result").isEqualTo("stored");
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> fake.writeBacks().size() >= 3);
            first.kill();
        }
        long writtenBeforeTheKill = orderIds().stream().filter(id -> !fake.memo(id).isEmpty()).count();

        try (GatewayProcess second = GatewayProcess.start(dataDir.resolve("data"), port, log, "mamori.allow-insecure-shop-urls=true",
                "mamori.inbox.poll-interval=100ms", "mamori.ec-cube.reconcile-interval=1h")) {
            await().atMost(Duration.ofSeconds(120)).until(() -> orderIds().stream().allMatch(id -> !fake.memo(id).isEmpty()));
            Thread.sleep(1_000);
        }
        assertThat(writtenBeforeTheKill).isLessThan(ORDERS);
        for (long id : orderIds()) {
            assertThat(fake.memo(id)).as("memo entries of order " + id).hasSize(1);
            assertThat(fake.writeBacks(id).stream().filter(w -> w.outcome().equals("APPLIED"))).as("order " + id).hasSize(1);
        }
    }

    private static List<Long> orderIds() {
        return LongStream.rangeClosed(3001, 3000 + ORDERS).boxed().toList();
    }
}
