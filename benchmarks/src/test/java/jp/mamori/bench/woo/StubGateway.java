package jp.mamori.bench.woo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for the gateway: the admin API answers, every hook delivery is answered stored and, when
 * asked to, written back at once with a note to the shop the admin API was told about. It checks
 * each delivery's signature with the secret it was given, as the gateway would.
 */
final class StubGateway implements ServeEventListener, AutoCloseable {

    static final String ADMIN_TOKEN = "adm_stub";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final boolean writesBack;
    private final AtomicReference<JsonNode> connectedShop = new AtomicReference<>();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicInteger deliveries = new AtomicInteger();
    private final WireMockServer server;

    StubGateway(boolean writesBack) {
        this.writesBack = writesBack;
        server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(this));
        server.start();
        server.stubFor(post(urlPathEqualTo("/admin/merchants"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"merchant_id\":\"mer_stub\",\"api_key\":\"mk_stub\"}")));
        server.stubFor(put(urlPathMatching("/admin/shops/[a-z0-9-]+")).willReturn(okJson("{}")));
        server.stubFor(post(urlPathMatching("/hooks/woocommerce/[a-z0-9-]+")).willReturn(okJson("{\"result\":\"stored\"}")));
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The body of the last shop connected through the admin API. */
    JsonNode connectedShop() {
        return connectedShop.get();
    }

    int deliveries() {
        return deliveries.get();
    }

    int badSignatures() {
        return badSignatures.get();
    }

    @Override
    public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
        Request request = serveEvent.getRequest();
        if (!("Bearer " + ADMIN_TOKEN).equals(request.getHeader("Authorization")) && request.getUrl().startsWith("/admin/")) {
            throw new IllegalStateException("admin call without the admin token");
        }
        if (request.getUrl().startsWith("/admin/shops/")) {
            connectedShop.set(json.readTree(request.getBodyAsString()));
        } else if (request.getUrl().startsWith("/hooks/woocommerce/")) {
            delivered(request);
        }
    }

    private void delivered(Request request) {
        deliveries.incrementAndGet();
        JsonNode shop = connectedShop.get();
        String secret = shop.path("webhook_secrets").get(0).asString();
        if (!new WebhookSigner(secret).sign(request.getBody()).equals(request.getHeader("X-WC-Webhook-Signature"))
                || !"order.created".equals(request.getHeader("X-WC-Webhook-Topic"))) {
            badSignatures.incrementAndGet();
        }
        if (writesBack) {
            long orderId = json.readTree(request.getBody()).path("id").asLong();
            URI note = URI.create(shop.path("base_url").asString() + "/wp-json/wc/v3/orders/" + orderId + "/notes");
            http.sendAsync(HttpRequest.newBuilder(note).POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"ok\"}")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    @Override
    public String getName() {
        return "stub-gateway";
    }

    @Override
    public void close() {
        server.stop();
    }
}
