package jp.mamori.bench.woo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The gateway's admin API, for setting a run up: a merchant of its own and a WooCommerce shop connected to it. */
final class GatewayAdmin {

    private final HttpClient http;
    private final String gatewayUrl;
    private final String adminToken;
    private final Duration timeout;
    private final JsonMapper json = JsonMapper.builder().build();

    GatewayAdmin(String gatewayUrl, String adminToken, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.gatewayUrl = gatewayUrl;
        this.adminToken = adminToken;
        this.timeout = timeout;
    }

    /** The new merchant's {@code merchant_id}. */
    String createMerchant(String name) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("name", name);
        JsonNode created = call("POST", "/admin/merchants", body);
        String merchantId = created.path("merchant_id").asString("");
        if (merchantId.isEmpty()) {
            throw new IOException("POST /admin/merchants answered without a merchant_id: " + created);
        }
        return merchantId;
    }

    /** Connects shop {@code shopId} at {@code baseUrl}, or reconnects it there, with one webhook secret. */
    void connectShop(String shopId, String merchantId, String baseUrl, String webhookSecret)
            throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode()
                .put("platform", "woocommerce")
                .put("merchant_id", merchantId)
                .put("base_url", baseUrl);
        body.putObject("credentials").put("consumer_key", "ck_mamori_bench").put("consumer_secret", "cs_mamori_bench");
        body.putArray("webhook_secrets").add(webhookSecret);
        call("PUT", "/admin/shops/" + shopId, body);
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            // The answer is a problem document; it never echoes the token.
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
    }
}
