package jp.mamori.connector.shophttp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class ShopHttpTest {

    private static final String ORDER = "/wp-json/wc/v3/orders/5124";
    /** A read timeout a cold JVM on two shared cores still meets, and well short of {@link #BEYOND_READ_TIMEOUT}. */
    private static final ShopHttpPolicy FAST = new ShopHttpPolicy(Duration.ofSeconds(3), Duration.ofSeconds(3),
            Duration.ofSeconds(10), 3, Duration.ofMillis(10), 2.0, 0.5, Duration.ofMillis(40), Duration.ofSeconds(2),
            20, 50f, Duration.ofMillis(200));
    private static final int BEYOND_READ_TIMEOUT = 6_000;
    private static final Instant NOW = Instant.parse("2026-05-14T12:00:00Z");

    @RegisterExtension
    static final WireMockExtension shop = WireMockExtension.newInstance()
            .options(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")).build();

    private final ShopHttp http = new ShopHttp(FAST, Clock.fixed(NOW, ZoneOffset.UTC), ShopHttpTest::errorCode);

    /** What a WooCommerce error body names: its machine-readable code. */
    private static String errorCode(JsonNode body) {
        return body == null ? "" : " (" + body.path("code").asString("") + ")";
    }

    private static Request.Builder to(String path) {
        return new Request.Builder().url("http://127.0.0.1:" + shop.getPort() + path);
    }

    @Test
    void anAnswerCarriesItsStatusAndJsonAndTheRequestAsksForJson() {
        shop.stubFor(get(urlEqualTo(ORDER)).willReturn(okJson("{\"id\":5124,\"status\":\"processing\"}")));

        ShopHttp.Answer answer = http.send(to(ORDER).get().build(), "GET /orders/5124");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("status").asString()).isEqualTo("processing");
        shop.verify(getRequestedFor(urlEqualTo(ORDER)).withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void aJsonRequestBodyIsSentAsJson() {
        shop.stubFor(post(urlEqualTo(ORDER)).willReturn(okJson("{}")));

        http.send(to(ORDER).post(http.json(Map.of("status", "on-hold"))).build(), "POST /orders/5124");

        shop.verify(postRequestedFor(urlEqualTo(ORDER))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson("{\"status\":\"on-hold\"}")));
    }

    @Test
    void aClientErrorIsAnAnswerForTheBridgeToJudge() {
        shop.stubFor(get(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"woocommerce_rest_shop_order_invalid_id\"}")));

        ShopHttp.Answer answer = http.send(to(ORDER).get().build(), "GET /orders/5124");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("code").asString()).isEqualTo("woocommerce_rest_shop_order_invalid_id");
    }

    @Test
    void aBodyThatIsNotJsonIsNoBody() {
        shop.stubFor(get(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(200).withBody("<html>Maintenance</html>")));
        assertThat(http.send(to(ORDER).get().build(), "GET /orders/5124").body()).isNull();
    }

    @Test
    void timeoutRateLimitAndServerErrorsAreRetryableWithTheBridgesErrorDetail() {
        for (int status : new int[] {408, 429, 500, 502, 503}) {
            shop.stubFor(get(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"internal_server_error\"}")));
            assertThatThrownBy(() -> http.send(to(ORDER).get().build(), "GET /orders/5124"))
                    .isInstanceOfSatisfying(ShopCallException.class, e -> {
                        assertThat(e.retryable()).isTrue();
                        assertThat(e.httpStatus()).isEqualTo(status);
                        assertThat(e.retryAfter()).isNull();
                        assertThat(e.getMessage()).isEqualTo("GET /orders/5124 answered " + status + " (internal_server_error)");
                    });
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        shop.stubFor(get(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        assertThatThrownBy(() -> http.send(to(ORDER).get().build(), "GET /orders/5124"))
                .isInstanceOfSatisfying(ShopCallException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)));

        shop.stubFor(get(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "Thu, 14 May 2026 12:00:30 GMT")));
        assertThatThrownBy(() -> http.send(to(ORDER).get().build(), "GET /orders/5124"))
                .isInstanceOfSatisfying(ShopCallException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void aResetConnectionIsRetryableAndNotRepeatedByOkHttp() {
        shop.stubFor(get(urlEqualTo(ORDER)).willReturn(okJson("{}")));
        shop.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        // A pooled connection that fails is one OkHttp would otherwise quietly try again on a fresh one.
        http.send(to(ORDER).get().build(), "GET /orders/5124");

        assertThatThrownBy(() -> http.send(to(ORDER).post(http.json(Map.of("note", "Mamori: REVIEW"))).build(), "POST /orders/5124"))
                .isInstanceOfSatisfying(ShopCallException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.httpStatus()).isZero();
                    assertThat(e.getMessage()).startsWith("POST /orders/5124 failed: ");
                });
        shop.verify(1, postRequestedFor(urlEqualTo(ORDER)));
    }

    @Test
    void aReadTimeoutIsRetryable() {
        shop.stubFor(get(urlEqualTo(ORDER)).willReturn(okJson("{}").withFixedDelay(BEYOND_READ_TIMEOUT)));
        assertThatThrownBy(() -> http.send(to(ORDER).get().build(), "GET /orders/5124"))
                .isInstanceOfSatisfying(ShopCallException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.httpStatus()).isZero();
                });
    }

    @Test
    void aRedirectIsNotFollowed() {
        shop.stubFor(get(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(301).withHeader("Location", "/www" + ORDER)));

        assertThat(http.send(to(ORDER).get().build(), "GET /orders/5124").status()).isEqualTo(301);
        shop.verify(0, getRequestedFor(urlEqualTo("/www" + ORDER)));
    }
}
