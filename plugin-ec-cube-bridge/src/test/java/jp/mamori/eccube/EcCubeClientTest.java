package jp.mamori.eccube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import jp.mamori.connector.shophttp.ShopCallException;
import jp.mamori.connector.shophttp.ShopHttpPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EcCubeClientTest {

    private static final String CLIENT_ID = "mamori-6f1c2a";
    private static final String CLIENT_SECRET = "s3cr3t-9b7e5d3c1a";
    private static final URI CALLBACK = URI.create("https://mamori.example.jp/oauth/ec-cube/callback");
    /** Retries and an opening breaker cost milliseconds; a read timeout a cold JVM on two cores still meets. */
    private static final ShopHttpPolicy FAST = new ShopHttpPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1),
            Duration.ofSeconds(10), 3, Duration.ofMillis(10), 2.0, 0.5, Duration.ofMillis(40),
            ShopHttpPolicy.defaults().maxRetryAfter(), 20, 50f, Duration.ofMillis(200));

    private static WireMockServer shop;

    private MovableClock clock;
    private List<Tokens> renewed;

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-05-17T01:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @BeforeAll
    static void startShop() {
        shop = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        shop.start();
    }

    @AfterAll
    static void stopShop() {
        shop.stop();
    }

    @BeforeEach
    void reset() {
        shop.resetAll();
        clock = new MovableClock();
        renewed = new CopyOnWriteArrayList<>();
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + shop.port() + "/");
    }

    private EcCubeOAuth oauth() {
        return new EcCubeOAuth(base(), "admin_x7k2", CLIENT_ID, CLIENT_SECRET, CALLBACK, FAST, clock);
    }

    private TokenKeeper keeper(Duration validFor) {
        return new TokenKeeper(oauth(), new Tokens("access-1", "refresh-1", clock.instant().plus(validFor)), clock,
                renewed::add);
    }

    private EcCubeClient client(TokenKeeper keeper) {
        return new EcCubeClient("sapporo-kitchen", base(), keeper, FAST);
    }

    private static void tokenEndpointRenews(String refreshToken, String newAccess) {
        shop.stubFor(post(urlEqualTo("/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken))
                .willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"" + newAccess
                        + "\",\"refresh_token\":\"refresh-2\"}")));
    }

    private static void apiAnswers(String token, ResponseDefinitionBuilder answer) {
        shop.stubFor(post(urlEqualTo("/api")).withHeader("Authorization", equalTo("Bearer " + token)).willReturn(answer));
    }

    private static void apiFailsOnceThenAnswersTokyo(ResponseDefinitionBuilder first) {
        shop.stubFor(post(urlEqualTo("/api")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willSetStateTo("recovered").willReturn(first));
        shop.stubFor(post(urlEqualTo("/api")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(EcCubeFixtures.text(EcCubeFixtures.TOKYO_CARD))));
    }

    @Test
    void theAuthorizeUrlAsksTheShopsAdminForReadAndWrite() {
        URI url = oauth().authorizeUrl("st/8+q=");
        assertThat(url.getPath()).isEqualTo("/admin_x7k2/authorize");
        assertThat(url.getRawQuery()).isEqualTo("response_type=code&client_id=mamori-6f1c2a"
                + "&redirect_uri=https%3A%2F%2Fmamori.example.jp%2Foauth%2Fec-cube%2Fcallback&scope=read%20write&state=st%2F8%2Bq%3D");
    }

    @Test
    void aCodeIsExchangedForTokensThatHideThemselves() {
        shop.stubFor(post(urlEqualTo("/token"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("client_secret=" + CLIENT_SECRET))
                .withRequestBody(containing("redirect_uri=https%3A%2F%2Fmamori.example.jp%2Foauth%2Fec-cube%2Fcallback"))
                .withRequestBody(containing("code=def50200abc"))
                .willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"eyJ0eXAi.access\","
                        + "\"refresh_token\":\"def502.refresh\"}")));
        Tokens tokens = oauth().exchange("def50200abc");
        assertThat(tokens.accessToken()).isEqualTo("eyJ0eXAi.access");
        assertThat(tokens.refreshToken()).isEqualTo("def502.refresh");
        assertThat(tokens.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(tokens.toString()).doesNotContain("eyJ0eXAi").doesNotContain("def502");
    }

    @Test
    void anOrderIsFetchedWithOneQueryAndTranslates() {
        apiAnswers("access-1", okJson(EcCubeFixtures.text(EcCubeFixtures.TOKYO_CARD)));
        EcCubeOrder order = new EcCubeOrderTranslator(clock).translate(client(keeper(Duration.ofHours(1))).order(1087));
        assertThat(order.request().orderId()).isEqualTo("eccube-1087");
        shop.verify(1, postRequestedFor(urlEqualTo("/api"))
                .withRequestBody(matchingJsonPath("$.variables.id", equalTo("1087")))
                .withRequestBody(matchingJsonPath("$.query", containing("OrderItems { product_code"))));
    }

    @Test
    void aTokenAboutToExpireIsRenewedBeforeTheCall() {
        tokenEndpointRenews("refresh-1", "access-2");
        apiAnswers("access-2", okJson(EcCubeFixtures.text(EcCubeFixtures.TOKYO_CARD)));
        EcCubeClient client = client(keeper(Duration.ofSeconds(50)));
        assertThat(client.order(1087)).isNotNull();
        assertThat(renewed).extracting(Tokens::refreshToken).containsExactly("refresh-2");
        shop.verify(1, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheQueryRepeated() {
        apiAnswers("access-1", aResponse().withStatus(401));
        tokenEndpointRenews("refresh-1", "access-2");
        apiAnswers("access-2", okJson(EcCubeFixtures.text(EcCubeFixtures.GUEST_HOKKAIDO_GIFT)));
        assertThat(client(keeper(Duration.ofHours(1))).order(1101).path("id").asString()).isEqualTo("1101");
        shop.verify(2, postRequestedFor(urlEqualTo("/api")));
        shop.verify(1, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void aRefusedRefreshNeedsReauthorizationAndIsNotTriedAgain() {
        shop.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"The refresh token is invalid.\"}")));
        TokenKeeper keeper = keeper(Duration.ofSeconds(10));
        EcCubeClient client = client(keeper);
        assertThatThrownBy(() -> client.order(1087)).isInstanceOf(ReauthorizationNeeded.class)
                .hasMessageContaining("invalid_grant").hasMessageNotContaining("refresh-1");
        assertThatThrownBy(() -> client.order(1087)).isInstanceOf(ReauthorizationNeeded.class);
        shop.verify(1, postRequestedFor(urlEqualTo("/token")));
        shop.verify(0, postRequestedFor(urlEqualTo("/api")));

        keeper.reconnected(new Tokens("access-9", "refresh-9", clock.instant().plus(Duration.ofHours(1))));
        apiAnswers("access-9", okJson(EcCubeFixtures.text(EcCubeFixtures.TOKYO_CARD)));
        assertThat(client.order(1087)).isNotNull();
    }

    @Test
    void aSecond401AfterRenewalNeedsReauthorization() {
        shop.stubFor(post(urlEqualTo("/api")).willReturn(aResponse().withStatus(401)));
        tokenEndpointRenews("refresh-1", "access-2");
        assertThatThrownBy(() -> client(keeper(Duration.ofHours(1))).order(1087)).isInstanceOf(ReauthorizationNeeded.class);
        shop.verify(2, postRequestedFor(urlEqualTo("/api")));
        shop.verify(1, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void a500IsRetriedAndTheSecondAttemptSucceeds() {
        apiFailsOnceThenAnswersTokyo(aResponse().withStatus(500).withBody("<html>Internal Server Error</html>"));
        assertThat(client(keeper(Duration.ofHours(1))).order(1087)).isNotNull();
        shop.verify(2, postRequestedFor(urlEqualTo("/api")));
    }

    @Test
    void a429IsRetried() {
        apiFailsOnceThenAnswersTokyo(aResponse().withStatus(429));
        assertThat(client(keeper(Duration.ofHours(1))).order(1087)).isNotNull();
        shop.verify(2, postRequestedFor(urlEqualTo("/api")));
    }

    @Test
    void aTimeoutIsRetried() {
        apiFailsOnceThenAnswersTokyo(okJson("{}").withFixedDelay(2_500));
        assertThat(client(keeper(Duration.ofHours(1))).order(1087)).isNotNull();
        shop.verify(2, postRequestedFor(urlEqualTo("/api")));
    }

    @Test
    void aResetConnectionIsRetried() {
        apiFailsOnceThenAnswersTokyo(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThat(client(keeper(Duration.ofHours(1))).order(1087)).isNotNull();
    }

    @Test
    void aShopDownForEveryAttemptIsARetryableFailure() {
        shop.stubFor(post(urlEqualTo("/api")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> client(keeper(Duration.ofHours(1))).order(1087))
                .isInstanceOfSatisfying(ShopCallException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(503);
                });
        shop.verify(FAST.maxAttempts(), postRequestedFor(urlEqualTo("/api")));
    }

    @Test
    void otherClientErrorsAndGraphQlErrorsAreNotRetried() {
        apiAnswers("access-1", aResponse().withStatus(403));
        EcCubeClient client = client(keeper(Duration.ofHours(1)));
        assertThatThrownBy(() -> client.order(1087))
                .isInstanceOfSatisfying(ShopCallException.class, e -> assertThat(e.retryable()).isFalse());
        shop.resetAll();
        apiAnswers("access-1", okJson("{\"errors\":[{\"message\":\"Cannot query field \\\"secret\\\" on type \\\"Order\\\".\"}]}"));
        assertThatThrownBy(() -> client.order(1087))
                .isInstanceOfSatisfying(ShopCallException.class, e -> assertThat(e.retryable()).isFalse());
        shop.verify(1, postRequestedFor(urlEqualTo("/api")));
    }

    /** An order of the reconciliation's list: the Tokyo fixture under another id, updated at {@code updated} (JST). */
    private static String listed(long id, String updated) {
        tools.jackson.databind.node.ObjectNode order = (tools.jackson.databind.node.ObjectNode) EcCubeFixtures.order(
                EcCubeFixtures.TOKYO_CARD).deepCopy();
        order.put("id", Long.toString(id));
        order.put("update_date", "2026-05-16T" + updated + "+09:00");
        return order.toString();
    }

    /** Api42's answer to {@code orders}: these nodes, and whether another page follows. */
    private static ResponseDefinitionBuilder page(boolean hasNextPage, String... nodes) {
        return okJson("{\"data\":{\"orders\":{\"nodes\":[" + String.join(",", nodes) + "],\"pageInfo\":{\"hasNextPage\":"
                + hasNextPage + "},\"totalCount\":" + nodes.length + "}}}");
    }

    /** Answers {@code orders} for page {@code page} of the window ending before {@code before} (JST), or of no window when null. */
    private static void ordersAnswer(String before, int page, ResponseDefinitionBuilder answer) {
        var request = post(urlEqualTo("/api")).withRequestBody(matchingJsonPath("$.variables.page", equalTo(Integer.toString(page))));
        if (before == null) {
            // The request without a bound: every bounded request matches a stub of higher priority.
            shop.stubFor(request.atPriority(5).willReturn(answer));
        } else {
            shop.stubFor(request.atPriority(1).withRequestBody(matchingJsonPath("$.variables.before",
                    equalTo("2026-05-16T" + before + "+09:00"))).willReturn(answer));
        }
    }

    private List<String> reconciled(int pageSize) {
        return client(keeper(Duration.ofHours(1)))
                .ordersUpdatedSince(Instant.parse("2026-05-16T15:00:00Z"), Duration.ofMinutes(10), Set.of(6, 1), pageSize)
                .stream().map(node -> node.path("id").asString()).toList();
    }

    @Test
    void reconciliationPagesThroughOrdersUpdatedSinceTheLastPollLessTheOverlap() {
        ordersAnswer(null, 1, page(true, listed(1103, "23:58:30"), listed(1101, "23:55:10")));
        // The next page: what was updated before the last order read, its second included, so 1101 is read twice.
        ordersAnswer("23:55:11", 1, page(false, listed(1101, "23:55:10"), listed(1092, "23:52:00")));

        assertThat(reconciled(2)).containsExactly("1103", "1101", "1092");
        shop.verify(2, postRequestedFor(urlEqualTo("/api"))
                .withRequestBody(matchingJsonPath("$.variables.since", equalTo("2026-05-16T23:50:00+09:00")))
                .withRequestBody(matchingJsonPath("$.variables.status", equalToJson("[\"1\",\"6\"]")))
                .withRequestBody(matchingJsonPath("$.variables.limit", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.query", containing("update_datetime_end: $before")))
                .withRequestBody(matchingJsonPath("$.query", containing("pageInfo { hasNextPage } totalCount"))));
    }

    @Test
    void anOrderThatLeavesTheListWhileItIsReadHidesNoOtherOrder() {
        ordersAnswer(null, 1, page(true, listed(1204, "23:59:00"), listed(1203, "23:58:00")));
        // Then 1204 is held (新規受付 → 対応中) and leaves the list: its page 2 now starts at 1201, one order on.
        ordersAnswer(null, 2, page(false, listed(1201, "23:56:00")));
        ordersAnswer("23:58:01", 1, page(true, listed(1203, "23:58:00"), listed(1202, "23:57:00")));
        ordersAnswer("23:57:01", 1, page(false, listed(1202, "23:57:00"), listed(1201, "23:56:00")));

        assertThat(reconciled(2)).containsExactly("1204", "1203", "1202", "1201");
    }

    @Test
    void aWholePageUpdatedInOneSecondIsFollowedByTheNextPageOfTheSameWindow() {
        ordersAnswer(null, 1, page(true, listed(1303, "23:58:00"), listed(1302, "23:58:00")));
        ordersAnswer("23:58:01", 1, page(true, listed(1303, "23:58:00"), listed(1302, "23:58:00")));
        ordersAnswer("23:58:01", 2, page(false, listed(1301, "23:58:00"), listed(1299, "23:51:30")));

        assertThat(reconciled(2)).containsExactly("1303", "1302", "1301", "1299");
        shop.verify(3, postRequestedFor(urlEqualTo("/api")));
    }
}
