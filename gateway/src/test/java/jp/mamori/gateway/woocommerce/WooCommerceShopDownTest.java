package jp.mamori.gateway.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.Fault;
import jp.mamori.gateway.RunningGateway;
import jp.mamori.gateway.inbox.InboxStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The shop is down for the whole retry budget: webhooks are still answered, the delivery ends in the
 * dead letters, and once the shop is back a replay writes the decision back exactly once.
 */
class WooCommerceShopDownTest {

    private static final String SECRET = "shop-down-secret";
    private static final String ORDER = "/wp-json/wc/v3/orders/5123";

    @TempDir
    Path dataDir;
    @RegisterExtension
    final WireMockExtension shop = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

    @Test
    void aShopDownForTheWholeBudgetEndsInDeadLettersAndAReplayWritesBackOnce() throws Exception {
        shop.stubFor(put(urlPathEqualTo(ORDER)).willReturn(aResponse().withStatus(503)));
        shop.stubFor(get(urlPathEqualTo(ORDER + "/notes")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        try (RunningGateway gateway = RunningGateway.start(dataDir, "mamori.allow-insecure-shop-urls=true",
                "mamori.inbox.poll-interval=50ms", "mamori.inbox.retry-initial-delay=50ms",
                "mamori.inbox.retry-max-delay=200ms", "mamori.inbox.max-attempts=3")) {
            WebTestClient client = gateway.client();
            WooDeliveries.connect(client, "sapporo-curry", "札幌 スープカレー", shop.getPort(), SECRET,
                            ", \"http\": {\"max_attempts\": 2, \"initial_backoff_ms\": 20, \"breaker_open_for_ms\": 100}")
                    .expectBody().jsonPath("$.http.max_attempts").isEqualTo(2);
            byte[] body = WooDeliveries.tokyoOrder();
            for (int i = 0; i < 3; i++) {
                // Redeliveries while the shop is down are still answered at once, and stored once.
                WooDeliveries.deliver(client, "sapporo-curry", body, WooDeliveries.signature(body, SECRET)).expectStatus().isOk();
            }

            InboxStore inbox = gateway.bean(InboxStore.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> !inbox.deadLetters(10).collectList().block().isEmpty());
            List<InboxStore.DeadLetter> dead = inbox.deadLetters(10).collectList().block();
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).attempts()).isEqualTo(3);
            assertThat(dead.get(0).lastError()).contains("503");
            shop.verify(0, postRequestedFor(urlPathEqualTo(ORDER + "/notes")));
            client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                    .expectBody(String.class).value(metrics -> assertThat(metrics)
                            .containsPattern("mamori_inbox_deliveries_total\\{[^}]*outcome=\"dead\"[^}]*} 1")
                            .containsPattern("mamori_inbox_deliveries_total\\{[^}]*outcome=\"retry\"[^}]*} 2")
                            .containsPattern("mamori_shop_retries_total\\{[^}]*shop=\"sapporo-curry\"[^}]*} [1-9]"));

            shop.resetAll();
            shop.stubFor(put(urlPathEqualTo(ORDER)).willReturn(okJson("{\"id\":5123}")));
            shop.stubFor(get(urlPathEqualTo(ORDER + "/notes")).willReturn(okJson("[]")));
            shop.stubFor(post(urlPathEqualTo(ORDER + "/notes")).willReturn(aResponse().withStatus(201).withBody("{\"id\":1}")));
            client.post().uri("/admin/dead-letters/" + dead.get(0).id() + "/replay")
                    .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                    .exchange().expectStatus().isAccepted();

            await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(inbox.status(dead.get(0).id()).block()));
            shop.verify(1, putRequestedFor(urlPathEqualTo(ORDER)));
            shop.verify(1, postRequestedFor(urlPathEqualTo(ORDER + "/notes")));
        }
    }
}
