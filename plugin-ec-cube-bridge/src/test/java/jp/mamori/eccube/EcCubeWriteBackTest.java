package jp.mamori.eccube;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import jp.mamori.connector.Decision;
import jp.mamori.connector.Reason;
import jp.mamori.connector.ScreeningResult;
import jp.mamori.connector.shophttp.ShopCallException;
import jp.mamori.connector.shophttp.ShopHttpPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mamori42's mutation as the write-back calls it, and what the shop's answers mean. */
class EcCubeWriteBackTest {

    private static final ShopHttpPolicy FAST = new ShopHttpPolicy(Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ofSeconds(10), 3, Duration.ofMillis(10), 2.0, 0.5, Duration.ofMillis(40),
            ShopHttpPolicy.defaults().maxRetryAfter(), 20, 50f, Duration.ofMillis(200));
    private static final String WITH_MAMORI42 = "{\"data\":{\"__type\":{\"fields\":[{\"name\":\"updateProductStock\"},"
            + "{\"name\":\"updateShipped\"},{\"name\":\"updateOrderScreening\"}]}}}";

    private final WireMockServer shop = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-14T12:00:00Z"), ZoneOffset.UTC);
    private EcCubeWriteBack writeBack;

    @BeforeEach
    void start() {
        shop.start();
        URI base = URI.create("http://127.0.0.1:" + shop.port());
        EcCubeOAuth oauth = new EcCubeOAuth(base, "admin", "c", "s", URI.create("https://mamori.example.jp/cb"), FAST, clock);
        TokenKeeper tokens = new TokenKeeper(oauth, new Tokens("at", "rt", clock.instant().plusSeconds(3600)), clock, t -> { });
        writeBack = new EcCubeWriteBack(new EcCubeClient("osaka-okonomi", base, tokens, FAST), clock);
        shop.stubFor(post(urlEqualTo("/api")).withRequestBody(containing("__type")).willReturn(okJson(WITH_MAMORI42)));
    }

    @AfterEach
    void stop() {
        shop.stop();
    }

    private static ScreeningResult review() {
        return new ScreeningResult("scr_4f2a", "eccube-1024", Decision.REVIEW, 72,
                List.of(new Reason("EMAIL_DISPOSABLE_DOMAIN", 40, "Disposable email domain", "使い捨てメールアドレスのドメインです"),
                        new Reason("SHIPPING_FORWARDER", 32, "Overseas forwarding service", "海外転送サービスの住所です")),
                null, "v1", Instant.parse("2026-05-14T12:00:00Z"));
    }

    @Test
    void theDecisionGoesBackWithItsReasonsInJapaneseAndTheHold() {
        shop.stubFor(post(urlEqualTo("/api")).withRequestBody(containing("updateOrderScreening(id"))
                .willReturn(okJson("{\"data\":{\"updateOrderScreening\":{\"outcome\":\"APPLIED\",\"memo_appended\":true,\"hold\":\"HELD\"}}}")));
        EcCubeWriteBack.Result result = writeBack.writeBack(1024, review(), true);
        assertThat(result.outcome()).isEqualTo(EcCubeWriteBack.Outcome.WRITTEN);
        assertThat(result.detail()).isEqualTo("APPLIED, hold HELD");
        shop.verify(postRequestedFor(urlEqualTo("/api"))
                .withRequestBody(matchingJsonPath("$.variables.id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1024")))
                .withRequestBody(matchingJsonPath("$.variables.screening_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("scr_4f2a")))
                .withRequestBody(matchingJsonPath("$.variables.decision", com.github.tomakehurst.wiremock.client.WireMock.equalTo("REVIEW")))
                .withRequestBody(matchingJsonPath("$.variables.score", com.github.tomakehurst.wiremock.client.WireMock.equalTo("72")))
                .withRequestBody(matchingJsonPath("$.variables.hold", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true")))
                .withRequestBody(matchingJsonPath("$.variables.reasons", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "使い捨てメールアドレスのドメインです (EMAIL_DISPOSABLE_DOMAIN)\n海外転送サービスの住所です (SHIPPING_FORWARDER)"))));
    }

    @Test
    void introspectionIsAskedOnceAndRemembered() {
        shop.stubFor(post(urlEqualTo("/api")).withRequestBody(containing("updateOrderScreening(id"))
                .willReturn(okJson("{\"data\":{\"updateOrderScreening\":{\"outcome\":\"REPLAYED\",\"memo_appended\":false,\"hold\":\"ALREADY_HELD\"}}}")));
        writeBack.writeBack(1024, review(), true);
        writeBack.writeBack(1024, review(), true);
        shop.verify(1, postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("__type")));
        shop.verify(2, postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("updateOrderScreening(id")));
    }

    @Test
    void aDisabledMamori42KeepsTheDecisionInTheReviewQueueAndIsRemembered() {
        shop.stubFor(post(urlEqualTo("/api")).withRequestBody(containing("updateOrderScreening(id"))
                .willReturn(okJson("{\"errors\":[{\"message\":\"Mamori42 is installed but disabled: enable it\","
                        + "\"extensions\":{\"category\":\"Mamori42 disabled\"}}],\"data\":{\"updateOrderScreening\":null}}")));
        assertThat(writeBack.writeBack(1024, review(), true).outcome()).isEqualTo(EcCubeWriteBack.Outcome.REVIEW_QUEUE_ONLY);
        assertThat(writeBack.lastDetection().installed()).isFalse();
        assertThat(writeBack.writeBack(1025, review(), true).outcome()).isEqualTo(EcCubeWriteBack.Outcome.REVIEW_QUEUE_ONLY);
        shop.verify(1, postRequestedFor(urlEqualTo("/api")).withRequestBody(containing("updateOrderScreening(id")));
    }

    @Test
    void aDeletedOrderIsGoneNotAFailure() {
        shop.stubFor(post(urlEqualTo("/api")).withRequestBody(containing("updateOrderScreening(id"))
                .willReturn(okJson("{\"errors\":[{\"message\":\"id: No Order found;\",\"extensions\":{\"category\":\"Invalid argument\"}}],"
                        + "\"data\":{\"updateOrderScreening\":null}}")));
        assertThat(writeBack.writeBack(1024, review(), false).outcome()).isEqualTo(EcCubeWriteBack.Outcome.ORDER_GONE);
    }

    @Test
    void aWriteScopeMissingIsAPermanentFailureNamingTheRule() {
        shop.stubFor(post(urlEqualTo("/api")).withRequestBody(containing("updateOrderScreening(id"))
                .willReturn(okJson("{\"errors\":[{\"message\":\"Insufficient permission. (read,write)\",\"extensions\":{\"category\":\"graphql\"}}]}")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writeBack.writeBack(1024, review(), false))
                .isInstanceOf(ShopCallException.class)
                .hasMessageContaining("Insufficient permission")
                .satisfies(e -> assertThat(((ShopCallException) e).retryable()).isFalse());
    }
}
