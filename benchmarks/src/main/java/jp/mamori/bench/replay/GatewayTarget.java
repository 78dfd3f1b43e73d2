package jp.mamori.bench.replay;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A running gateway, through its public API: one merchant and API key per shop ({@code POST /admin/merchants}),
 * orders to {@code POST /v1/screenings} with the shop's key, feedback to {@code POST /v1/screenings/{id}/feedback}
 * with the screening id its order got, affiliates' registrations to
 * {@code PUT /admin/merchants/{id}/affiliates/{affiliate_id}} with the admin token.
 */
final class GatewayTarget implements ReplayTarget {

    private final String url;
    private final String adminToken;
    private final Duration timeout;
    private final String note;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> keys = new HashMap<>();
    /** The gateway's merchant id by shop. */
    private final Map<String, String> merchantIds = new HashMap<>();
    /** Screening id by shop and order id. */
    private final Map<String, String> screenings = new HashMap<>();

    /** {@code note} goes with every feedback, as a clerk's note would. */
    GatewayTarget(String url, String adminToken, Duration timeout, String note) {
        this.url = url;
        this.adminToken = adminToken;
        this.timeout = timeout;
        this.note = note;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String describe() {
        return url;
    }

    @Override
    public void addShop(String merchant) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("name", "replay " + merchant + " " + run);
        HttpResponse<String> response = send(post("/admin/merchants", adminToken, body));
        if (response.statusCode() != 201) {
            // A problem document; it never echoes the token.
            throw new IOException("POST /admin/merchants answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode created = json.readTree(response.body());
        String key = created.path("api_key").asString("");
        String merchantId = created.path("merchant_id").asString("");
        if (key.isEmpty() || merchantId.isEmpty()) {
            throw new IOException("POST /admin/merchants answered without an api_key or merchant_id");
        }
        keys.put(merchant, key);
        merchantIds.put(merchant, merchantId);
    }

    @Override
    public Answer screen(String merchant, JsonNode request) throws Refused, InterruptedException {
        HttpResponse<String> response;
        try {
            response = send(post("/v1/screenings", keys.get(merchant), request));
        } catch (IOException e) {
            throw new Refused(e.toString());
        }
        if (response.statusCode() != 201) {
            throw new Refused(response.statusCode() + " " + oneLine(response.body()));
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (JacksonException e) {
            throw new Refused("answer is not JSON");
        }
        String decision = answer.path("decision").asString("");
        if (!List.of("OK", "REVIEW", "NG").contains(decision)) {
            throw new Refused("answer without a decision");
        }
        List<String> codes = new ArrayList<>();
        answer.path("reasons").forEach(r -> codes.add(r.path("code").asString()));
        screenings.put(merchant + "\n" + request.path("order_id").asString(), answer.path("screening_id").asString());
        return new Answer(decision, answer.path("score").asInt(), codes);
    }

    @Override
    public void feedback(String merchant, String orderId, String type) throws Refused, InterruptedException {
        String screeningId = screenings.get(merchant + "\n" + orderId);
        if (screeningId == null) {
            throw new Refused("that order was not screened in this replay");
        }
        ObjectNode body = json.createObjectNode().put("type", type).put("note", note);
        HttpResponse<String> response;
        try {
            response = send(post("/v1/screenings/" + screeningId + "/feedback", keys.get(merchant), body));
        } catch (IOException e) {
            throw new Refused(e.toString());
        }
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new Refused(response.statusCode() + " " + oneLine(response.body()));
        }
    }

    @Override
    public void registerAffiliate(String merchant, String affiliateId, JsonNode identity) throws Refused, InterruptedException {
        String path = "/admin/merchants/" + merchantIds.get(merchant) + "/affiliates/"
                + URLEncoder.encode(affiliateId, StandardCharsets.UTF_8).replace("+", "%20");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(identity)))
                .build();
        HttpResponse<String> response;
        try {
            response = send(request);
        } catch (IOException e) {
            throw new Refused(e.toString());
        }
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new Refused(response.statusCode() + " " + oneLine(response.body()));
        }
    }

    private HttpRequest post(String path, String bearer, JsonNode body) {
        return HttpRequest.newBuilder(URI.create(url + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String oneLine(String body) {
        String text = body.replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "(empty)" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
