package jp.mamori.gateway.eccube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import jp.mamori.gateway.GatewayProcess;
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
 * An EC-CUBE shop end to end: WireMock plays the shop (its OAuth server, its authorize page, its GraphQL
 * API with Api42 and Mamori42), the gateway runs for real. Each test has its own shop and merchant.
 */
class EcCubeEndToEndTest {

    private static final String SECRET = "eccube-webhook-secret 秘密";
    private static final AtomicInteger SHOPS = new AtomicInteger();

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static WebTestClient client;

    private final FakeEcCube fake = new FakeEcCube();
    private final WireMockServer shop = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(fake));
    private String shopId;

    @BeforeAll
    static void startGateway() throws Exception {
        int port = GatewayProcess.freePort();
        gateway = RunningGateway.start(dataDir, "server.port=" + port, "mamori.public-url=http://127.0.0.1:" + port,
                "mamori.allow-insecure-shop-urls=true", "mamori.inbox.poll-interval=50ms",
                "mamori.inbox.retry-initial-delay=100ms", "mamori.inbox.retry-max-delay=300ms", "mamori.inbox.max-attempts=3",
                "mamori.ec-cube.reauthorization-wait=200ms", "mamori.ec-cube.reconcile-interval=1h",
                "mamori.ec-cube.reconcile-page-size=2");
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
        shopId = "eccube-" + SHOPS.incrementAndGet();
    }

    @AfterEach
    void stopShop() {
        shop.stop();
    }

    private void connectWithRefreshToken() {
        EcCubeHooks.connect(client, shopId, "京都 抹茶堂", shop.port(), SECRET, fake.issueRefreshToken(), "");
    }

    @Test
    void aBatchWithProductCustomerAndOrderEventsScreensOnlyTheOrder() {
        connectWithRefreshToken();
        fake.order(1087, EcCubeHooks.TOKYO, 1);
        byte[] batch = EcCubeHooks.events("product", "5", "updated", "customer", "451", "updated", "order", "1087", "created",
                "order", "1087", "updated");
        EcCubeHooks.deliver(client, shopId, batch, EcCubeHooks.signature(batch, SECRET)).expectStatus().isOk()
                .expectBody().jsonPath("$.result").isEqualTo("stored").jsonPath("$.stored").isEqualTo(1);
        byte[] noOrder = EcCubeHooks.events("product", "5", "updated", "customer", "451", "created", "order", "9", "deleted");
        EcCubeHooks.deliver(client, shopId, noOrder, EcCubeHooks.signature(noOrder, SECRET)).expectStatus().isOk()
                .expectBody().jsonPath("$.result").isEqualTo("ignored");

        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(1087).size() == 1);
        FakeEcCube.WriteBack written = fake.writeBacks(1087).get(0);
        assertThat(written.outcome()).isEqualTo("APPLIED");
        assertThat(written.screeningId()).startsWith("scr_");
        assertThat(fake.memo(1087)).containsExactly(written.screeningId());
        // One order query; nothing asked about the product or the customer.
        assertThat(shop.findAll(postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("order(id")))).hasSize(1);
        assertThat(shop.findAll(postRequestedFor(urlEqualTo("/api"))).stream()
                .noneMatch(r -> r.getBodyAsString().contains("product(") || r.getBodyAsString().contains("customer("))).isTrue();
    }

    @Test
    void anOrderInCheckoutIsNotScreenedAndIsScreenedOnceAfterItCompletes() throws Exception {
        connectWithRefreshToken();
        InboxStore inbox = gateway.bean(InboxStore.class);
        fake.checkoutStarted(2001, EcCubeHooks.OSAKA);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 2001, "created");
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.pendingCount("ec-cube", shopId).block() == 0);
        assertThat(fake.writeBacks(2001)).isEmpty();

        nextSecond();
        fake.status(2001, 1);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 2001, "updated");
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(2001).size() == 1);

        // Mamori42's own write-back, then a clerk's 入金済み: EC-CUBE reports both as updates; neither is screened.
        nextSecond();
        EcCubeHooks.orderEvent(client, shopId, SECRET, 2001, "updated");
        nextSecond();
        fake.status(2001, 6);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 2001, "updated");
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.pendingCount("ec-cube", shopId).block() == 0);
        assertThat(fake.writeBacks(2001)).hasSize(1);
        assertThat(shop.findAll(postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("order(id")))).hasSize(4);
    }

    @Test
    void aCheckoutThatCompletesInTheSecondItStartedIsScreenedRightAfterTheOneAndOnce() throws Exception {
        connectWithRefreshToken();
        InboxStore inbox = gateway.bean(InboxStore.class);
        // A first delivery gets the shop its access token, so that the checkout below takes milliseconds.
        fake.checkoutStarted(2100, EcCubeHooks.TOKYO);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 2100, "created");
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.pendingCount("ec-cube", shopId).block() == 0);

        long order = checkoutWithinOneSecond(inbox, 2101);

        await().atMost(Duration.ofSeconds(10)).until(() -> fake.writeBacks(order).size() == 1
                && inbox.pendingCount("ec-cube", shopId).block() == 0);
        assertThat(fake.memo(order)).hasSize(1);
        assertThat(shop.findAll(postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("order(id"))
                .withRequestBody(containing("\"" + order + "\"")))).hasSize(2);
    }

    /**
     * A checkout whose 8 (購入処理中) webhook is handled before it completes, and whose 1 (新規受付) webhook
     * arrives within the same second as the first; a loaded machine may need a few tries. Answers the order.
     */
    private long checkoutWithinOneSecond(InboxStore inbox, long firstId) throws Exception {
        for (long id = firstId; id < firstId + 5; id++) {
            nextSecond();
            long second = Instant.now().getEpochSecond();
            fake.checkoutStarted(id, EcCubeHooks.OSAKA);
            EcCubeHooks.orderEvent(client, shopId, SECRET, id, "created");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                    .until(() -> inbox.pendingCount("ec-cube", shopId).block() == 0);
            if (Instant.now().getEpochSecond() != second) {
                continue; // the cart stays a cart: never screened
            }
            fake.status(id, 1);
            EcCubeHooks.orderEvent(client, shopId, SECRET, id, "updated");
            if (Instant.now().getEpochSecond() == second) {
                return id;
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> inbox.pendingCount("ec-cube", shopId).block() == 0);
        }
        throw new AssertionError("no checkout's two webhooks arrived within one second in five tries");
    }

    @Test
    void aMembersFirstOrderPaidAfterTheirSecondIsNotScreenedAgain() throws Exception {
        connectWithRefreshToken();
        InboxStore inbox = gateway.bean(InboxStore.class);
        fake.order(2201, EcCubeHooks.OSAKA, 1);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 2201, "created");
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(2201).size() == 1);

        // The member orders again the next day, then pays the first order by bank transfer.
        fake.memberBoughtAgain(2201).status(2201, 6);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 2201, "updated");
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.pendingCount("ec-cube", shopId).block() == 0);

        assertThat(shop.findAll(postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("order(id"))
                .withRequestBody(containing("\"2201\"")))).hasSize(2);
        assertThat(fake.writeBacks(2201)).hasSize(1);
        assertThat(fake.memo(2201)).hasSize(1);
    }

    @Test
    void deliveriesWithoutAValidSignatureOrInTheWrongShapeAreRefusedAndNothingIsStored() {
        connectWithRefreshToken();
        InboxStore inbox = gateway.bean(InboxStore.class);
        byte[] body = EcCubeHooks.events("order", "3001", "created");
        EcCubeHooks.deliver(client, shopId, body, null).expectStatus().isUnauthorized();
        EcCubeHooks.deliver(client, shopId, body, EcCubeHooks.signature(body, "another secret")).expectStatus().isUnauthorized();
        EcCubeHooks.deliver(client, shopId, body, "not-hex").expectStatus().isUnauthorized();
        byte[] object = "{\"entity\":\"order\",\"id\":3001,\"action\":\"created\"}".getBytes(StandardCharsets.UTF_8);
        EcCubeHooks.deliver(client, shopId, object, EcCubeHooks.signature(object, SECRET)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").value(type -> assertThat((String) type).endsWith("malformed-delivery"));
        byte[] broken = "[{\"entity\":\"order\",\"id\":".getBytes(StandardCharsets.UTF_8);
        EcCubeHooks.deliver(client, shopId, broken, EcCubeHooks.signature(broken, SECRET)).expectStatus().isBadRequest();
        EcCubeHooks.deliver(client, "no-such-shop", body, EcCubeHooks.signature(body, SECRET)).expectStatus().isNotFound();
        assertThat(inbox.pendingCount("ec-cube", shopId).block()).isZero();
        assertThat(shop.getAllServeEvents()).isEmpty();
    }

    @Test
    void withoutMamori42TheDecisionStaysInTheReviewQueueAndDoctorSaysSo() {
        connectWithRefreshToken();
        fake.mamori42(false);
        fake.order(4001, EcCubeHooks.TOKYO, 1);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 4001, "created");
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.bean(EcCubeRecords.class).keptInReviewQueue(shopId).block() == 1);
        assertThat(fake.writeBacks()).isEmpty();
        EcCubeHooks.admin(client, "GET", "/admin/shops/" + shopId + "/doctor").expectStatus().isOk().expectBody()
                .jsonPath("$.healthy").isEqualTo(true)
                .jsonPath("$.connection").isEqualTo("connected")
                .jsonPath("$.write_back").isEqualTo("review_queue_only")
                .jsonPath("$.kept_in_review_queue").isEqualTo(1);
        fake.mamori42(true);
        EcCubeHooks.admin(client, "GET", "/admin/shops/" + shopId + "/doctor").expectStatus().isOk().expectBody()
                .jsonPath("$.write_back").isEqualTo("mamori42");
    }

    @Test
    void theConnectFlowRunsEndToEndAndWaitingDeliveriesResume() throws Exception {
        EcCubeHooks.connect(client, shopId, "奈良 柿の葉寿司", shop.port(), SECRET, null, ", \"admin_route\": \"admin\"")
                .expectBody().jsonPath("$.admin_route").isEqualTo("admin").jsonPath("$.screen_statuses[0]").isEqualTo("1");
        fake.order(5001, EcCubeHooks.TOKYO, 1);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 5001, "created");
        EcCubeHooks.admin(client, "GET", "/admin/shops/" + shopId + "/doctor").expectStatus().isOk().expectBody()
                .jsonPath("$.healthy").isEqualTo(false).jsonPath("$.connection").isEqualTo("not_connected");
        Thread.sleep(600);
        assertThat(gateway.bean(InboxStore.class).pendingCount("ec-cube", shopId).block()).isEqualTo(1);

        String callback = authorize();
        assertThat(fake.authorizeRequests().get(0)).contains("client_id=" + EcCubeHooks.CLIENT_ID)
                .contains("redirect_uri=" + java.net.URLEncoder.encode(gateway.baseUrl() + "/oauth/ec-cube/callback", StandardCharsets.UTF_8))
                .contains("scope=read%20write");
        client.get().uri(URI.create(callback)).exchange().expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains("接続しました"));
        assertThat(fake.tokenGrants()).containsExactly("authorization_code");
        shop.verify(postRequestedFor(urlEqualTo("/token"))
                .withRequestBody(containing("redirect_uri=" + java.net.URLEncoder.encode(gateway.baseUrl() + "/oauth/ec-cube/callback",
                        StandardCharsets.UTF_8)))
                .withRequestBody(containing("client_secret=cs-" + shopId)));
        await().atMost(Duration.ofSeconds(10)).until(() -> fake.writeBacks(5001).size() == 1);

        // A state works once.
        client.get().uri(URI.create(callback)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").value(type -> assertThat((String) type).endsWith("invalid-state"));
        client.get().uri("/oauth/ec-cube/callback?code=x&state=forged").exchange().expectStatus().isBadRequest();
        EcCubeHooks.admin(client, "GET", "/admin/shops/" + shopId + "/doctor").expectStatus().isOk().expectBody()
                .jsonPath("$.healthy").isEqualTo(true).jsonPath("$.connection").isEqualTo("connected");
    }

    @Test
    void anExpiredTokenIsRefreshedAndTheQueryRetried() {
        connectWithRefreshToken();
        fake.order(6001, EcCubeHooks.TOKYO, 1).order(6002, EcCubeHooks.OSAKA, 1);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 6001, "created");
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(6001).size() == 1);
        assertThat(fake.tokenGrants()).containsExactly("refresh_token");

        fake.expireAccessTokens();
        EcCubeHooks.orderEvent(client, shopId, SECRET, 6002, "created");
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(6002).size() == 1);
        assertThat(fake.tokenGrants()).containsExactly("refresh_token", "refresh_token");
        // The order query refused with the expired token, then the same query with the new one.
        List<String> authorizations = shop.findAll(postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("\"6002\""))
                        .withRequestBody(containing("order(id"))).stream()
                .map(r -> r.getHeader("Authorization")).toList();
        assertThat(authorizations).hasSize(2);
        assertThat(authorizations.get(0)).isNotEqualTo(authorizations.get(1));
    }

    @Test
    void concurrentDeliveriesRefreshTheTokenOnce() {
        connectWithRefreshToken();
        String[] events = LongStream.rangeClosed(7001, 7012).mapToObj(id -> new String[] {"order", Long.toString(id), "created"})
                .flatMap(java.util.Arrays::stream).toArray(String[]::new);
        LongStream.rangeClosed(7001, 7012).forEach(id -> fake.order(id, id % 2 == 0 ? EcCubeHooks.TOKYO : EcCubeHooks.OSAKA, 1));
        byte[] batch = EcCubeHooks.events(events);
        EcCubeHooks.deliver(client, shopId, batch, EcCubeHooks.signature(batch, SECRET)).expectStatus().isOk()
                .expectBody().jsonPath("$.stored").isEqualTo(12);
        await().atMost(Duration.ofSeconds(30)).until(() -> fake.writeBacks().size() == 12);
        assertThat(fake.tokenGrants()).containsExactly("refresh_token");
    }

    @Test
    void aRefusedRefreshWaitsForReauthorizationLosesNothingAndResumesAfterReconnecting() throws Exception {
        connectWithRefreshToken();
        InboxStore inbox = gateway.bean(InboxStore.class);
        fake.order(8001, EcCubeHooks.TOKYO, 1).order(8002, EcCubeHooks.OSAKA, 1).order(8003, EcCubeHooks.TOKYO, 1);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 8001, "created");
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(8001).size() == 1);

        fake.revokeEverything();
        EcCubeHooks.orderEvent(client, shopId, SECRET, 8002, "created");
        EcCubeHooks.orderEvent(client, shopId, SECRET, 8003, "created");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                EcCubeHooks.admin(client, "GET", "/admin/shops/" + shopId + "/doctor").expectStatus().isOk().expectBody()
                        .jsonPath("$.connection").isEqualTo("needs_reauthorization").jsonPath("$.healthy").isEqualTo(false));
        client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.ecCube.status").isEqualTo("NEEDS_REAUTHORIZATION");
        // Far longer than the whole retry budget (3 attempts from 100 ms): nothing is dead-lettered, nothing lost.
        Thread.sleep(2_000);
        assertThat(inbox.pendingCount("ec-cube", shopId).block()).isEqualTo(2);
        assertThat(inbox.deadLetters(100).collectList().block()).noneMatch(dead -> dead.shop().equals(shopId));
        int refreshes = fake.tokenGrants().size();
        assertThat(refreshes).isEqualTo(2); // the first refresh, then the one refused: waiting deliveries do not knock again

        client.get().uri(URI.create(authorize())).exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(10)).until(() -> fake.writeBacks(8002).size() == 1 && fake.writeBacks(8003).size() == 1);
        assertThat(fake.writeBacks(8001)).hasSize(1);
        client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components.ecCube.status").isEqualTo("UP");
    }

    @Test
    void webhooksLostWhileMamoriWasDownAreFoundByReconciliationAndNoneIsScreenedTwice() {
        connectWithRefreshToken();
        InboxStore inbox = gateway.bean(InboxStore.class);
        fake.order(9001, EcCubeHooks.TOKYO, 1).order(9002, EcCubeHooks.OSAKA, 6);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 9001, "created");
        EcCubeHooks.orderEvent(client, shopId, SECRET, 9002, "created");
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks().size() == 2);

        // Placed while Mamori was unreachable: their webhooks failed, and EC-CUBE never sends them again.
        fake.order(9003, EcCubeHooks.TOKYO, 1).order(9004, EcCubeHooks.OSAKA, 1).order(9005, EcCubeHooks.TOKYO, 5);
        fake.checkoutStarted(9006, EcCubeHooks.OSAKA);
        reconcile().jsonPath("$.enqueued").isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks().size() == 4
                && inbox.pendingCount("ec-cube", shopId).block() == 0);
        reconcile().jsonPath("$.enqueued").isEqualTo(0);
        for (long id : new long[] {9001, 9002, 9003, 9004}) {
            assertThat(fake.writeBacks(id)).as("order " + id).hasSize(1);
            assertThat(fake.memo(id)).as("memo of order " + id).hasSize(1);
        }
        assertThat(fake.writeBacks(9005)).isEmpty();
        assertThat(fake.writeBacks(9006)).isEmpty();
        shop.verify(postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("update_datetime_start")));
    }

    @Test
    void theFirstReconciliationOfANewlyConnectedShopScreensTheOrdersOfTheLastDayOnce() throws Exception {
        // Orders the shop took before it was added to Mamori.
        fake.order(9301, EcCubeHooks.TOKYO, 1).placedAgo(9301, Duration.ofHours(20));
        fake.order(9302, EcCubeHooks.OSAKA, 6).placedAgo(9302, Duration.ofHours(3));
        fake.order(9307, EcCubeHooks.OSAKA, 1).placedAgo(9307, Duration.ofHours(5));
        fake.order(9303, EcCubeHooks.TOKYO, 1).placedAgo(9303, Duration.ofHours(30));
        fake.order(9304, EcCubeHooks.OSAKA, 5).placedAgo(9304, Duration.ofHours(2));
        fake.checkoutStarted(9305, EcCubeHooks.OSAKA);
        EcCubeHooks.connect(client, shopId, "金沢 金箔", shop.port(), SECRET, null, "");
        // While the shop waits to be connected, nothing is asked and no mark is set.
        reconcile().jsonPath("$.enqueued").isEqualTo(0).jsonPath("$.skipped").isEqualTo("the shop must be connected again");
        // An order placed meanwhile: its webhook waits in the inbox.
        fake.order(9306, EcCubeHooks.TOKYO, 1);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 9306, "created");
        assertThat(shop.findAll(postRequestedFor(urlEqualTo("/api")))).isEmpty();

        client.get().uri(URI.create(authorize())).exchange().expectStatus().isOk();
        InboxStore inbox = gateway.bean(InboxStore.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(9306).size() == 1
                && inbox.pendingCount("ec-cube", shopId).block() == 0);
        Instant polled = Instant.now();
        reconcile().jsonPath("$.enqueued").isEqualTo(3)
                .jsonPath("$.since").value(since -> assertThat(Instant.parse((String) since))
                        .isBetween(polled.minus(Duration.ofHours(24).plusMinutes(3)), polled.minus(Duration.ofHours(24))));
        // At least three orders in 1 and 6 were updated in the last day, read two at a time.
        assertThat(shop.findAll(postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("update_datetime_start")))).hasSizeGreaterThan(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(9301).size() == 1 && fake.writeBacks(9302).size() == 1
                && fake.writeBacks(9307).size() == 1 && inbox.pendingCount("ec-cube", shopId).block() == 0);
        reconcile().jsonPath("$.enqueued").isEqualTo(0);

        assertThat(fake.writeBacks()).extracting(FakeEcCube.WriteBack::orderId)
                .containsExactlyInAnyOrder(9301L, 9302L, 9306L, 9307L);
    }

    /** A shop's first reconciliation: it looks back a day from now, and finds the one order placed since. */
    private void looksBackADayAndFindsOneOrder() {
        Instant polled = Instant.now();
        reconcile().jsonPath("$.enqueued").isEqualTo(1)
                .jsonPath("$.since").value(since -> assertThat(Instant.parse((String) since))
                        .isBetween(polled.minus(Duration.ofHours(24).plusMinutes(3)), polled.minus(Duration.ofHours(24))));
    }

    @Test
    void aShopDeletedAndAddedAgainLooksBackADayAtItsFirstReconciliation() {
        connectWithRefreshToken();
        // The first poll sets the shop's high-water mark.
        reconcile().jsonPath("$.enqueued").isEqualTo(0);
        EcCubeHooks.admin(client, "DELETE", "/admin/shops/" + shopId).expectStatus().isNoContent();

        // A shop added under an id that was used before is a new shop: what it took before it was added is screened.
        fake.order(9501, EcCubeHooks.TOKYO, 1).placedAgo(9501, Duration.ofHours(3));
        EcCubeHooks.connect(client, shopId, "京都 抹茶堂 (again)", shop.port(), SECRET, fake.issueRefreshToken(), "");
        looksBackADayAndFindsOneOrder();
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(9501).size() == 1);
    }

    @Test
    void aPollRunningWhileItsShopIsDeletedLeavesNoMarkForTheShopAddedAgain() throws Exception {
        connectWithRefreshToken();
        // The shop lists its orders slowly: the shop is deleted while the poll waits for the list.
        shopAnswersFirst("orders(", aResponse().withFixedDelay(2_000).withTransformers(FakeEcCube.NAME));
        CompletableFuture<Void> polling = CompletableFuture.runAsync(() -> reconcile().jsonPath("$.enqueued").isEqualTo(0));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> !shop.findAll(
                postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("orders("))).isEmpty());
        EcCubeHooks.admin(client, "DELETE", "/admin/shops/" + shopId).expectStatus().isNoContent();
        polling.get(20, TimeUnit.SECONDS);

        fake.order(9551, EcCubeHooks.TOKYO, 1).placedAgo(9551, Duration.ofHours(3));
        EcCubeHooks.connect(client, shopId, "京都 抹茶堂 (again)", shop.port(), SECRET, fake.issueRefreshToken(), "");
        reconcile().jsonPath("$.enqueued").isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(9551).size() == 1);
    }

    @Test
    void aShopMovedToAnotherEcCubeLooksBackADayThereButAShopReconfiguredInPlaceDoesNot() {
        connectWithRefreshToken();
        reconcile().jsonPath("$.enqueued").isEqualTo(0);
        // Settings changed for the same EC-CUBE: the mark still holds.
        EcCubeHooks.connect(client, shopId, "京都 抹茶堂", shop.port(), SECRET, fake.issueRefreshToken(), ", \"screen_statuses\": [1, 6]");
        Instant polled = Instant.now();
        reconcile().jsonPath("$.since").value(since -> assertThat(Instant.parse((String) since)).isAfter(polled.minus(Duration.ofMinutes(5))));

        FakeEcCube otherFake = new FakeEcCube();
        WireMockServer other = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(otherFake));
        other.start();
        try {
            EcCubeHooks.serve(other);
            otherFake.order(9601, EcCubeHooks.OSAKA, 1).placedAgo(9601, Duration.ofHours(3));
            EcCubeHooks.connect(client, shopId, "京都 抹茶堂", other.port(), SECRET, otherFake.issueRefreshToken(), "");
            looksBackADayAndFindsOneOrder();
            await().atMost(Duration.ofSeconds(20)).until(() -> otherFake.writeBacks(9601).size() == 1);
        } finally {
            other.stop();
        }
    }

    @Test
    void aPollWhileAWebhooksDeliveryFetchesTheOrderDoesNotMakeTheShopAnswerForItTwice() {
        connectWithRefreshToken();
        InboxStore inbox = gateway.bean(InboxStore.class);
        fake.order(9701, EcCubeHooks.OSAKA, 1);
        // The shop answers order queries slowly: the webhook's delivery is still fetching the order when the poll reads it.
        shopAnswersFirst("order(id", aResponse().withFixedDelay(3_000).withTransformers(FakeEcCube.NAME));
        EcCubeHooks.orderEvent(client, shopId, SECRET, 9701, "created");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> !orderQueries(9701).isEmpty());
        reconcile().jsonPath("$.seen").isEqualTo(1).jsonPath("$.enqueued").isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(9701).size() == 1
                && inbox.pendingCount("ec-cube", shopId).block() == 0);
        assertThat(orderQueries(9701)).hasSize(1);
        assertThat(fake.memo(9701)).hasSize(1);
    }

    /** Ahead of the fake shop's own answers, the shop answers GraphQL requests holding {@code requestPart} so. */
    private void shopAnswersFirst(String requestPart, ResponseDefinitionBuilder answer) {
        shop.stubFor(post(urlEqualTo("/api")).atPriority(1).withRequestBody(containing(requestPart)).willReturn(answer));
    }

    private WebTestClient.BodyContentSpec reconcile() {
        return EcCubeHooks.admin(client, "POST", "/admin/shops/" + shopId + "/ec-cube/reconcile").expectStatus().isOk().expectBody();
    }

    private List<com.github.tomakehurst.wiremock.verification.LoggedRequest> orderQueries(long orderId) {
        return shop.findAll(postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("order(id"))
                .withRequestBody(containing("\"" + orderId + "\"")));
    }

    @Test
    void anOrderDeletedBeforeItIsFetchedOrWrittenBackIsLetGo() {
        connectWithRefreshToken();
        InboxStore inbox = gateway.bean(InboxStore.class);
        EcCubeHooks.orderEvent(client, shopId, SECRET, 9401, "created");
        fake.order(9402, EcCubeHooks.TOKYO, 1);
        // Deleted by a clerk after it was fetched and screened, before Mamori42 took the decision.
        shopAnswersFirst("updateOrderScreening(", okJson("{\"errors\":[{\"message\":\"id: No Order found;\","
                + "\"extensions\":{\"category\":\"Invalid argument\"}}],\"data\":{\"updateOrderScreening\":null}}"));
        EcCubeHooks.orderEvent(client, shopId, SECRET, 9402, "created");

        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.pendingCount("ec-cube", shopId).block() == 0);
        assertThat(deadLetters(inbox)).isEmpty();
        assertThat(shop.findAll(postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("updateOrderScreening(")))).hasSize(1);
    }

    @Test
    void anOrderAWebhookBroughtIsNotEnqueuedAgainByReconciliationWhileItsDeliveryIsADeadLetter() {
        connectWithRefreshToken();
        InboxStore inbox = gateway.bean(InboxStore.class);
        fake.order(9101, EcCubeHooks.TOKYO, 1);
        // Mamori42 refuses the write-back with an error no retry can fix.
        shopAnswersFirst("updateOrderScreening(",
                okJson("{\"errors\":[{\"message\":\"Internal server error\",\"extensions\":{\"category\":\"internal\"}}]}"));
        EcCubeHooks.orderEvent(client, shopId, SECRET, 9101, "created");
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters(inbox).size() == 1);

        // The webhook brought the order: its dead letter is what a replay finishes, not a second entry.
        reconcile().jsonPath("$.seen").isEqualTo(1).jsonPath("$.enqueued").isEqualTo(0);

        shop.removeStub(shop.getStubMappings().stream().filter(stub -> Integer.valueOf(1).equals(stub.getPriority()))
                .findFirst().orElseThrow());
        EcCubeHooks.admin(client, "POST", "/admin/dead-letters/" + deadLetters(inbox).get(0).id() + "/replay")
                .expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.writeBacks(9101).size() == 1
                && inbox.pendingCount("ec-cube", shopId).block() == 0);
        reconcile().jsonPath("$.enqueued").isEqualTo(0);
        assertThat(fake.memo(9101)).hasSize(1);
    }

    private List<InboxStore.DeadLetter> deadLetters(InboxStore inbox) {
        return inbox.deadLetters(1000).collectList().block().stream().filter(dead -> dead.shop().equals(shopId)).toList();
    }

    /** What the shop administrator's browser does: Mamori's connect URL, EC-CUBE's authorize page; answers the callback URL. */
    private String authorize() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> connect = browser.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/admin/shops/" + shopId + "/ec-cube/connect"))
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(connect.statusCode()).isEqualTo(302);
        String authorizeUrl = connect.headers().firstValue("Location").orElseThrow();
        assertThat(authorizeUrl).startsWith("http://127.0.0.1:" + shop.port() + "/admin/authorize?response_type=code&");
        HttpResponse<Void> approved = browser.send(HttpRequest.newBuilder(URI.create(authorizeUrl)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(approved.statusCode()).isEqualTo(302);
        String callback = approved.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(gateway.baseUrl() + "/oauth/ec-cube/callback?code=");
        return callback;
    }

    private static void nextSecond() throws InterruptedException {
        long now = Instant.now().toEpochMilli();
        Thread.sleep(1_000 - now % 1_000 + 20);
    }
}
