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

    @Test
    void reconciliationPagesThroughOrdersUpdatedSinceTheLastPollLessTheOverlap() {
        String node1092 = EcCubeFixtures.order(EcCubeFixtures.OSAKA_BANK_TRANSFER_PAID).toString();
        String node1087 = EcCubeFixtures.order(EcCubeFixtures.TOKYO_CARD).toString();
        String node1101 = EcCubeFixtures.order(EcCubeFixtures.GUEST_HOKKAIDO_GIFT).toString();
        shop.stubFor(post(urlEqualTo("/api")).withRequestBody(matchingJsonPath("$.variables.page", equalTo("1")))
                .willReturn(okJson("{\"data\":{\"orders\":{\"nodes\":[" + node1101 + "," + node1092
                        + "],\"pageInfo\":{\"hasNextPage\":true},\"totalCount\":3}}}")));
        // 1092 was read on page 1 and pushed down by an order updated meanwhile: read twice, kept once.
        shop.stubFor(post(urlEqualTo("/api")).withRequestBody(matchingJsonPath("$.variables.page", equalTo("2")))
                .willReturn(okJson("{\"data\":{\"orders\":{\"nodes\":[" + node1092 + "," + node1087
                        + "],\"pageInfo\":{\"hasNextPage\":false},\"totalCount\":3}}}")));

        List<String> ids = client(keeper(Duration.ofHours(1)))
                .ordersUpdatedSince(Instant.parse("2026-05-16T15:00:00Z"), Duration.ofMinutes(10), Set.of(6, 1), 2)
                .stream().map(node -> node.path("id").asString()).toList();

        assertThat(ids).containsExactly("1101", "1092", "1087");
        shop.verify(2, postRequestedFor(urlEqualTo("/api"))
                .withRequestBody(matchingJsonPath("$.variables.since", equalTo("2026-05-16T23:50:00+09:00")))
                .withRequestBody(matchingJsonPath("$.variables.status", equalToJson("[\"1\",\"6\"]")))
                .withRequestBody(matchingJsonPath("$.query", containing("pageInfo { hasNextPage } totalCount"))));
    }
}
