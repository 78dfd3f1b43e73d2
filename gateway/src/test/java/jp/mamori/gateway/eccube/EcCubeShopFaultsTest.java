package jp.mamori.gateway.eccube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jp.mamori.gateway.RunningGateway;
import jp.mamori.gateway.inbox.InboxStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The shop's API misbehaves: 500, 429 with Retry-After, a reset connection, a timeout, or it is down for
 * the whole retry budget. Webhooks keep being answered; the order is retried with backoff, the circuit
 * opens, the deliveries end in the dead letters, and a replay once the shop is back writes each back once.
 */
class EcCubeShopFaultsTest {

    private static final String SECRET = "faults-secret";

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static WebTestClient client;

    private final FakeEcCube fake = new FakeEcCube();
    private final WireMockServer shop = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(fake));

    @BeforeAll
    static void startGateway() {
        gateway = RunningGateway.start(dataDir, "mamori.allow-insecure-shop-urls=true", "mamori.inbox.poll-interval=50ms",
                "mamori.inbox.retry-initial-delay=50ms", "mamori.inbox.retry-max-delay=200ms", "mamori.inbox.max-attempts=3",
                "mamori.ec-cube.reconcile-interval=1h");
        client = gateway.client();
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    @BeforeEach
    void startShop() {
        shop.start();
        EcCubeHooks.serve(shop);
    }

    @AfterEach
    void stopShop() {
        shop.stop();
    }

    @Test
    void a500A429AResetAndATimeoutAreRetriedAndTheOrderIsWrittenBackOnce() {
        EcCubeHooks.connect(client, "hakata-ramen", "博多 ラーメン", shop.port(), SECRET, fake.issueRefreshToken(),
                ", \"http\": {\"max_attempts\": 5, \"initial_backoff_ms\": 20, \"timeout_ms\": 700}");
        fake.order(1201, EcCubeHooks.TOKYO, 1);
        String orderQuery = "order(id";
        shop.stubFor(post(urlEqualTo("/api")).atPriority(1).withRequestBody(containing(orderQuery))
                .inScenario("faults").whenScenarioStateIs(STARTED).willSetStateTo("429")
                .willReturn(aResponse().withStatus(500).withBody("<html>Internal Server Error</html>")));
        shop.stubFor(post(urlEqualTo("/api")).atPriority(1).withRequestBody(containing(orderQuery))
                .inScenario("faults").whenScenarioStateIs("429").willSetStateTo("reset")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        shop.stubFor(post(urlEqualTo("/api")).atPriority(1).withRequestBody(containing(orderQuery))
                .inScenario("faults").whenScenarioStateIs("reset").willSetStateTo("slow")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        shop.stubFor(post(urlEqualTo("/api")).atPriority(1).withRequestBody(containing(orderQuery))
                .inScenario("faults").whenScenarioStateIs("slow").willSetStateTo("well")
                .willReturn(aResponse().withFixedDelay(3_000).withStatus(200).withBody("{}")));

        EcCubeHooks.orderEvent(client, "hakata-ramen", SECRET, 1201, "created");
        await().atMost(Duration.ofSeconds(30)).until(() -> fake.writeBacks(1201).size() == 1);

        List<LoggedRequest> fetches = shop.findAll(postRequestedFor(urlEqualTo("/api")).withRequestBody(containing(orderQuery)));
        assertThat(fetches).hasSize(5);
        long waitedAfter429 = fetches.get(2).getLoggedDate().getTime() - fetches.get(1).getLoggedDate().getTime();
        assertThat(waitedAfter429).as("Retry-After: 1 was waited out").isGreaterThanOrEqualTo(950);
        assertThat(fake.writeBacks(1201).get(0).outcome()).isEqualTo("APPLIED");
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                .value(metrics -> assertThat(metrics)
                        .containsPattern("mamori_shop_retries_total\\{[^}]*platform=\"ec-cube\"[^}]*shop=\"hakata-ramen\"[^}]*} 4"));
    }

    @Test
    void aShopDownForTheWholeBudgetOpensTheCircuitEndsInDeadLettersAndAReplayWritesBackOnce() {
        EcCubeHooks.connect(client, "sendai-gyutan", "仙台 牛たん", shop.port(), SECRET, fake.issueRefreshToken(),
                ", \"http\": {\"max_attempts\": 2, \"initial_backoff_ms\": 20, \"breaker_open_for_ms\": 100}");
        shop.stubFor(post(urlEqualTo("/api")).atPriority(1).willReturn(aResponse().withStatus(503)));
        List<Long> orders = List.of(1301L, 1302L, 1303L, 1304L, 1305L, 1306L);
        orders.forEach(id -> fake.order(id, id % 2 == 0 ? EcCubeHooks.TOKYO : EcCubeHooks.OSAKA, 1));
        for (long id : orders) {
            // Webhooks are answered at once while the shop is down.
            EcCubeHooks.orderEvent(client, "sendai-gyutan", SECRET, id, "created");
        }
        InboxStore inbox = gateway.bean(InboxStore.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> deadOf("sendai-gyutan").size() == orders.size());
        assertThat(deadOf("sendai-gyutan")).allSatisfy(dead -> {
            assertThat(dead.attempts()).isEqualTo(3);
            assertThat(dead.lastError()).containsAnyOf("503", "circuit");
        });
        assertThat(fake.writeBacks()).isEmpty();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                .value(metrics -> assertThat(metrics)
                        .containsPattern("mamori_shop_circuit_transitions_total\\{[^}]*shop=\"sendai-gyutan\"[^}]*to=\"OPEN\"[^}]*} [1-9]"));

        shop.removeStub(shop.getStubMappings().stream().filter(stub -> stub.getPriority() != null && stub.getPriority() == 1)
                .findFirst().orElseThrow());
        for (InboxStore.DeadLetter dead : deadOf("sendai-gyutan")) {
            EcCubeHooks.admin(client, "POST", "/admin/dead-letters/" + dead.id() + "/replay").expectStatus().isAccepted();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> fake.writeBacks().size() == orders.size()
                && inbox.pendingCount("ec-cube", "sendai-gyutan").block() == 0);
        for (long id : orders) {
            assertThat(fake.writeBacks(id)).as("order " + id).hasSize(1);
        }
    }

    private static List<InboxStore.DeadLetter> deadOf(String shop) {
        return gateway.bean(InboxStore.class).deadLetters(1000).collectList().block().stream()
                .filter(dead -> dead.shop().equals(shop)).toList();
    }
}
