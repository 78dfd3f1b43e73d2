package jp.mamori.gateway.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import jp.mamori.gateway.RunningGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A WooCommerce shop, played by WireMock, connected through the admin API: its signed webhook
 * becomes a screening whose decision is written back through the shop's REST API, exactly once.
 */
class WooCommerceEndToEndTest {

    private static final String SECRET = "wc-webhook-secret-京都";
    private static final String ORDER = "/wp-json/wc/v3/orders/5123";

    @TempDir
    static Path dataDir;
    private static WireMockServer shop;
    private static RunningGateway gateway;
    private static WebTestClient client;

    @BeforeAll
    static void start() {
        shop = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        shop.start();
        shop.stubFor(put(urlPathEqualTo(ORDER)).willReturn(okJson("{\"id\":5123}")));
        shop.stubFor(get(urlPathEqualTo(ORDER + "/notes")).willReturn(okJson("[]")));
        shop.stubFor(post(urlPathEqualTo(ORDER + "/notes")).willReturn(aResponse().withStatus(201).withBody("{\"id\":77}")));
        shop.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/orders")).willReturn(okJson("[]")));

        gateway = RunningGateway.start(dataDir, "mamori.allow-insecure-shop-urls=true", "mamori.inbox.poll-interval=50ms");
        client = gateway.client();
        WooDeliveries.connect(client, "kyoto-tea", "京都 茶寮", shop.port(), SECRET, ", \"on_decision\": {\"NG\": \"cancel\"}");
    }

    @AfterAll
    static void stop() {
        gateway.close();
        shop.stop();
    }

    private static byte[] fixture() {
        return WooDeliveries.tokyoOrder();
    }

    private static String signature(byte[] body, String secret) {
        return WooDeliveries.signature(body, secret);
    }

    private static WebTestClient.ResponseSpec deliver(byte[] body, String signature) {
        return WooDeliveries.deliver(client, "kyoto-tea", body, signature);
    }

    @Test
    void theCreationPingIsAnswered200() {
        client.post().uri("/hooks/woocommerce/kyoto-tea")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("webhook_id=12")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void aSignedOrderIsScreenedAndWrittenBackOnceHoweverOftenItIsDelivered() throws Exception {
        byte[] body = fixture();
        String signature = signature(body, SECRET);
        deliver(body, signature).expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("stored");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                shop.verify(1, postRequestedFor(urlPathEqualTo(ORDER + "/notes"))
                        .withRequestBody(matchingJsonPath("$.note", containing("[Mamori scr_")))
                        .withRequestBody(matchingJsonPath("$.customer_note", equalTo("false")))));
        // A screening made just now cannot have a note on the order yet: no look-up of the notes before adding it.
        assertThat(shop.findAll(anyRequestedFor(urlPathMatching(ORDER + "(/.*)?")))
                .stream().map(request -> request.getMethod() + " " + request.getUrl()).toList())
                .containsExactly("PUT " + ORDER, "POST " + ORDER + "/notes");
        shop.verify(putRequestedFor(urlPathEqualTo(ORDER))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
                        .encodeToString("ck_kyoto-tea:cs_kyoto-tea".getBytes(StandardCharsets.UTF_8))))
                .withRequestBody(matchingJsonPath("$.meta_data[?(@.key == '_mamori_decision')]"))
                .withRequestBody(matchingJsonPath("$.meta_data[?(@.key == '_mamori_screening_id')]")));

        deliver(body, signature).expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("duplicate");

        // The write-back fires order.updated carrying what Mamori just wrote: that echo is not screened again.
        String written = shop.findAll(putRequestedFor(urlPathEqualTo(ORDER))).get(0).getBodyAsString();
        List<Map<String, Object>> writtenMeta = JsonPath.parse(written).read("$.meta_data");
        String meta = writtenMeta.stream()
                .map(entry -> "{\"key\":\"" + entry.get("key") + "\",\"value\":\"" + entry.get("value") + "\"}")
                .collect(Collectors.joining(","));
        String echo = new String(body, StandardCharsets.UTF_8)
                .replaceFirst("\"status\":\"processing\"", "\"status\":\"on-hold\"")
                .replaceFirst("\"meta_data\":\\[", "\"meta_data\":[" + meta + ",");
        byte[] echoBody = echo.getBytes(StandardCharsets.UTF_8);
        deliver(echoBody, signature(echoBody, SECRET)).expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("stored");

        await().atMost(Duration.ofSeconds(30)).until(() -> inboxIsIdle());
        shop.verify(1, putRequestedFor(urlPathEqualTo(ORDER)));
        shop.verify(1, postRequestedFor(urlPathEqualTo(ORDER + "/notes")));
    }

    private static boolean inboxIsIdle() {
        return gateway.bean(jp.mamori.gateway.inbox.InboxStore.class).pendingCount().block() == 0;
    }

    @Test
    void aBadOrMissingSignatureIsRefusedAndNothingIsStored() throws Exception {
        byte[] body = WooDeliveries.withOrderId(fixture(), 6001);
        deliver(body, signature(body, "another-secret")).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        deliver(body, null).expectStatus().isUnauthorized();
        Long stored = gateway.bean(org.springframework.r2dbc.core.DatabaseClient.class)
                .sql("SELECT COUNT(*) AS n FROM inbox WHERE resource_id = '6001'")
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(stored).isZero();
    }

    @Test
    void aMalformedBodyGets400() throws Exception {
        byte[] body = "{\"id\": 5124, \"billing\": ".getBytes(StandardCharsets.UTF_8);
        deliver(body, signature(body, SECRET)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anOrderHoldingACardNumberIsAnsweredStoredThenDeadLetteredWithItsBodyErased() throws Exception {
        // A buyer typed their card number into the building line. Refusing the delivery would count towards
        // WooCommerce disabling the webhook; instead it is stored, refused by the worker and erased.
        String order = new String(WooDeliveries.withOrderId(fixture(), 6002), StandardCharsets.UTF_8);
        assertThat(order).contains("\"address_2\":\"");
        byte[] body = order.replace("\"address_2\":\"", "\"address_2\":\"4242 4242 4242 4242 ").getBytes(StandardCharsets.UTF_8);
        deliver(body, signature(body, SECRET)).expectStatus().isOk().expectBody().jsonPath("$.result").isEqualTo("stored");

        jp.mamori.gateway.inbox.InboxStore inbox = gateway.bean(jp.mamori.gateway.inbox.InboxStore.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.deadLetters(50).any(d -> d.resourceId().equals("6002")).block());
        jp.mamori.gateway.inbox.InboxStore.DeadLetter dead = inbox.deadLetters(50).filter(d -> d.resourceId().equals("6002"))
                .blockFirst();
        assertThat(dead.attempts()).isEqualTo(1);
        assertThat(dead.lastError()).contains("address_2").doesNotContain("4242");
        String stored = gateway.bean(org.springframework.r2dbc.core.DatabaseClient.class)
                .sql("SELECT body FROM inbox WHERE resource_id = '6002'")
                .map(row -> row.get("body", String.class)).one().block();
        assertThat(stored).isEmpty();
        shop.verify(0, anyRequestedFor(urlPathMatching("/wp-json/wc/v3/orders/6002(/.*)?")));
    }

    @Test
    void anUnknownShopGets404() {
        client.post().uri("/hooks/woocommerce/nobody").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void theShopReadsBackWithoutSecretsAndPassesTheDoctor() {
        String shown = new String(client.get().uri("/admin/shops/kyoto-tea")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.platform").isEqualTo("woocommerce")
                .jsonPath("$.on_decision.NG").isEqualTo("cancel")
                .returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(shown).doesNotContain("cs_kyoto-tea").doesNotContain("ck_kyoto-tea").doesNotContain(SECRET);

        client.get().uri("/admin/shops/kyoto-tea/doctor")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.rest_api").isEqualTo("ok");
    }

    @Test
    void theDoctorCommandAsksTheRunningGateway() {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        int exit = jp.mamori.gateway.DoctorCommand.run(new String[] {"doctor", "kyoto-tea", "--url", gateway.baseUrl()},
                RunningGateway.ADMIN_TOKEN, new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\"rest_api\":\"ok\"");
        assertThat(jp.mamori.gateway.DoctorCommand.run(new String[] {"doctor", "nobody", "--url", gateway.baseUrl()},
                RunningGateway.ADMIN_TOKEN, new java.io.PrintStream(new java.io.ByteArrayOutputStream()))).isEqualTo(1);
        assertThat(jp.mamori.gateway.DoctorCommand.run(new String[] {"doctor"}, RunningGateway.ADMIN_TOKEN,
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()))).isEqualTo(2);
    }

    @Test
    void theDoctorTellsWhetherASampleDeliveryMatchesTheSecret() throws Exception {
        byte[] body = fixture();
        for (String[] sample : new String[][] {{SECRET, "order_event"}, {"copied-the-wrong-secret", "invalid_signature"}}) {
            client.post().uri("/admin/shops/kyoto-tea/doctor/webhook")
                    .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("X-WC-Webhook-Topic", "order.created")
                    .header("X-WC-Webhook-Resource", "order")
                    .header("X-WC-Webhook-Event", "created")
                    .header("X-WC-Webhook-Signature", signature(body, sample[0]))
                    .bodyValue(body)
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.delivery").isEqualTo(sample[1]);
        }
    }

    @Test
    void aShopNeedsHttpsAndASecret() {
        client.put().uri("/admin/shops/osaka-tea")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"platform\": \"woocommerce\", \"merchant_id\": \"demo\", \"base_url\": \"ftp://osaka\", "
                        + "\"credentials\": {\"consumer_key\": \"ck\"}}")
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'base_url')]").exists()
                .jsonPath("$.errors[?(@.field == 'credentials.consumer_secret')]").exists()
                .jsonPath("$.errors[?(@.field == 'webhook_secrets')]").exists();
    }
}
