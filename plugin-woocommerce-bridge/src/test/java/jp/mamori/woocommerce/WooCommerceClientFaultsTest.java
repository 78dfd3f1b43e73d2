package jp.mamori.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jp.mamori.connector.ScreenedContent;
import jp.mamori.connector.shophttp.ShopCallException;
import jp.mamori.connector.shophttp.ShopHttpPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WooCommerceClientFaultsTest {

    private static final String ORDER = "/wp-json/wc/v3/orders/5124";
    private static final Map<String, String> META = Map.of("_mamori_decision", "REVIEW");

    private static WireMockServer shop;

    @BeforeAll
    static void startShop() {
        shop = FakeShop.start();
    }

    @AfterAll
    static void stopShop() {
        shop.stop();
    }

    @BeforeEach
    void resetShop() {
        shop.resetAll();
    }

    /** The shop answers {@code first}, then succeeds. */
    private static void failOnceThenSucceed(ResponseDefinitionBuilder first) {
        shop.stubFor(put(urlEqualTo(ORDER)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willSetStateTo("recovered").willReturn(first));
        shop.stubFor(put(urlEqualTo(ORDER)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"id\":5124,\"status\":\"on-hold\"}")));
    }

    private static WooCommerceClient client(ShopHttpPolicy policy) {
        return new WooCommerceClient(FakeShop.settings(shop).withHttp(policy));
    }

    private static ShopHttpPolicy breakerPolicy() {
        ShopHttpPolicy p = FakeShop.FAST;
        // One attempt per call and a window of four calls, so four failures open the breaker.
        return new ShopHttpPolicy(p.connectTimeout(), p.readTimeout(), p.callTimeout(), 1, p.initialBackoff(),
                p.backoffMultiplier(), p.jitter(), p.maxBackoff(), p.maxRetryAfter(), 4, 50f, Duration.ofMillis(200));
    }

    @Test
    void a500IsRetriedAndTheSecondAttemptSucceeds() {
        failOnceThenSucceed(aResponse().withStatus(500).withBody("<html>Internal Server Error</html>"));
        client(FakeShop.FAST).updateOrder(5124, "on-hold", META);
        shop.verify(2, putRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void a429sRetryAfterIsWaitedOut() {
        failOnceThenSucceed(aResponse().withStatus(429).withHeader("Retry-After", "1"));
        WooCommerceClient client = client(FakeShop.FAST);
        List<Duration> waits = new CopyOnWriteArrayList<>();
        client.retry().getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));

        client.updateOrder(5124, "on-hold", META);

        assertThat(waits).containsExactly(Duration.ofSeconds(1));
        shop.verify(2, putRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void without429sRetryAfterTheWaitIsTheJitteredBackoff() {
        failOnceThenSucceed(aResponse().withStatus(503));
        WooCommerceClient client = client(FakeShop.FAST);
        List<Duration> waits = new CopyOnWriteArrayList<>();
        client.retry().getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));

        client.updateOrder(5124, "on-hold", META);

        // 10 ms ± 50 %.
        assertThat(waits).singleElement().satisfies(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(5), Duration.ofMillis(15)));
    }

    @Test
    void aRetryAfterLongerThanTheShopsLimitGivesUpAtOnceForTheInboxToRetryLater() {
        shop.stubFor(put(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));
        assertThatThrownBy(() -> client(FakeShop.FAST).updateOrder(5124, "on-hold", META))
                .isInstanceOfSatisfying(ShopCallException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
                });
        shop.verify(1, putRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void aReadTimeoutIsRetried() {
        failOnceThenSucceed(okJson("{\"id\":5124}").withFixedDelay(FakeShop.BEYOND_READ_TIMEOUT));
        client(FakeShop.FAST).updateOrder(5124, "on-hold", META);
        shop.verify(2, putRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void aResetConnectionIsRetried() {
        failOnceThenSucceed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        client(FakeShop.FAST).updateOrder(5124, "on-hold", META);
        shop.verify(2, putRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void aShopDownForTheWholeRetryBudgetIsARetryableFailureForTheDeadLetterQueue() {
        shop.stubFor(put(urlEqualTo(ORDER)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        ShopSettings settings = FakeShop.settings(shop);

        WriteBackResult result = new DecisionWriteBack(new WooCommerceClient(settings), settings)
                .writeBack(5124, new jp.mamori.connector.ScreeningResult("scr_01JV3A", "woo-5124",
                        jp.mamori.connector.Decision.REVIEW, 70, List.of(), jp.mamori.connector.Recommendation.NONE,
                        "policy-2026-05-01", java.time.Instant.parse("2026-05-15T00:42:00Z")), new ScreenedContent("ab12"), false);

        assertThat(result.outcome()).isEqualTo(WriteBackResult.Outcome.RETRYABLE_FAILURE);
        assertThat(result.detail()).contains("PUT /orders/5124");
        shop.verify(FakeShop.FAST.maxAttempts(), putRequestedFor(urlEqualTo(ORDER)));
        // The note is never attempted for an order whose hold could not be written.
        shop.verify(FakeShop.FAST.maxAttempts(), anyRequestedFor(anyUrl()));
    }

    @Test
    void a401IsPermanentAndNeverRetried() {
        shop.stubFor(put(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"woocommerce_rest_cannot_edit\",\"message\":\"Sorry, you are not allowed to edit this resource.\",\"data\":{\"status\":401}}")));

        assertThatThrownBy(() -> client(FakeShop.FAST).updateOrder(5124, "on-hold", META))
                .isInstanceOfSatisfying(ShopCallException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("woocommerce_rest_cannot_edit")
                            .doesNotContain(FakeShop.CONSUMER_KEY).doesNotContain(FakeShop.CONSUMER_SECRET);
                });
        shop.verify(1, putRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void anOrderGoneIsPermanentAndNeverRetried() {
        shop.stubFor(put(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"woocommerce_rest_shop_order_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":404}}")));
        assertThatThrownBy(() -> client(FakeShop.FAST).updateOrder(5124, "on-hold", META))
                .isInstanceOfSatisfying(ShopCallException.class, e -> assertThat(e.retryable()).isFalse());
        shop.verify(1, putRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndHalfOpensLater() throws InterruptedException {
        shop.stubFor(put(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(502)));
        WooCommerceClient client = client(breakerPolicy());
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.updateOrder(5124, "on-hold", META)).isInstanceOf(ShopCallException.class);
        }
        assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        // Open: the shop is not even called, and the caller gets a failure it can dead-letter.
        assertThatThrownBy(() -> client.updateOrder(5124, "on-hold", META))
                .isInstanceOfSatisfying(ShopCallException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("circuit");
                });
        shop.verify(4, putRequestedFor(urlEqualTo(ORDER)));

        shop.stubFor(put(urlEqualTo(ORDER)).willReturn(okJson("{\"id\":5124}")));
        Thread.sleep(breakerPolicy().breakerOpenFor().multipliedBy(2).toMillis());
        client.updateOrder(5124, "on-hold", META);

        assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        shop.verify(5, putRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void permanentFailuresDoNotOpenTheCircuit() {
        shop.stubFor(put(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(404)));
        WooCommerceClient client = client(breakerPolicy());
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> client.updateOrder(5124, "on-hold", META)).isInstanceOf(ShopCallException.class);
        }
        assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        shop.verify(6, putRequestedFor(urlEqualTo(ORDER)));
    }
}
