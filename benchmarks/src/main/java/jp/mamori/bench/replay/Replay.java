package jp.mamori.bench.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays a labelled set through a running gateway's public API and reports, per label, how many orders
 * were flagged REVIEW or NG: the detection figures of issue 4 against their bars.
 *
 * <p>Creates one merchant and API key per shop named in the file ({@code POST /admin/merchants}), then
 * sends every line in time order, one at a time, since velocity depends on order: an order to
 * {@code POST /v1/screenings} with its shop's key, a feedback to {@code POST /v1/screenings/{id}/feedback}
 * with the screening id its order got. Run it against a freshly started gateway: the negative list is
 * shared by all merchants and outlives a run.
 *
 * <pre>java -cp benchmarks.jar jp.mamori.bench.replay.Replay --url http://127.0.0.1:8080 --admin-token $TOKEN</pre>
 */
public final class Replay {

    private final ReplayOptions options;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> keys = new LinkedHashMap<>();
    /** Screening id by shop and order id. */
    private final Map<String, String> screenings = new HashMap<>();

    private Replay(ReplayOptions options) {
        this.options = options;
        this.http = HttpClient.newBuilder().connectTimeout(options.timeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    public static void main(String[] args) throws Exception {
        ReplayOptions options;
        try {
            options = ReplayOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ReplayOptions.USAGE);
            System.exit(2);
            return;
        }
        System.out.print(run(options).render());
    }

    public static ReplayReport run(ReplayOptions options) throws IOException, InterruptedException {
        return new Replay(options).replay();
    }

    private ReplayReport replay() throws IOException, InterruptedException {
        List<ReplayFile.Line> lines = ReplayFile.read(options);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (ReplayFile.Line line : lines) {
            if (!keys.containsKey(line.merchant())) {
                keys.put(line.merchant(), createMerchant("replay " + line.merchant() + " " + run));
            }
        }
        ReplayReport report = new ReplayReport(options.source(), options.url());
        try (BufferedWriter results = options.results() == null ? null : Files.newBufferedWriter(options.results(), StandardCharsets.UTF_8)) {
            for (ReplayFile.Line line : lines) {
                if (line.isOrder()) {
                    screen(line, report, results);
                } else {
                    feedback(line, report);
                }
            }
        }
        return report;
    }

    private String createMerchant(String name) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("name", name);
        HttpResponse<String> response = send(post("/admin/merchants", options.adminToken(), body));
        if (response.statusCode() != 201) {
            // A problem document; it never echoes the token.
            throw new IOException("POST /admin/merchants answered " + response.statusCode() + ": " + response.body());
        }
        String key = json.readTree(response.body()).path("api_key").asString("");
        if (key.isEmpty()) {
            throw new IOException("POST /admin/merchants answered without an api_key");
        }
        return key;
    }

    private void screen(ReplayFile.Line line, ReplayReport report, BufferedWriter results) throws IOException, InterruptedException {
        String where = "line " + line.lineNumber() + " (" + line.merchant() + " order " + line.orderId() + ")";
        HttpResponse<String> response;
        try {
            response = send(post("/v1/screenings", keys.get(line.merchant()), line.request()));
        } catch (IOException e) {
            report.failed(line.label(), where + ": " + e);
            return;
        }
        if (response.statusCode() != 201) {
            report.failed(line.label(), where + ": " + response.statusCode() + " " + oneLine(response.body()));
            return;
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (JacksonException e) {
            report.failed(line.label(), where + ": answer is not JSON");
            return;
        }
        String decision = answer.path("decision").asString("");
        List<String> codes = new ArrayList<>();
        answer.path("reasons").forEach(r -> codes.add(r.path("code").asString()));
        if (!List.of("OK", "REVIEW", "NG").contains(decision)) {
            report.failed(line.label(), where + ": answer without a decision");
            return;
        }
        screenings.put(line.merchant() + "\n" + line.orderId(), answer.path("screening_id").asString());
        report.screened(line.label(), decision, codes);
        if (results != null) {
            ObjectNode result = json.createObjectNode();
            result.put("label", line.label());
            result.put("merchant", line.merchant());
            result.put("order_id", line.orderId());
            result.put("decision", decision);
            result.put("score", answer.path("score").asInt());
            codes.forEach(result.putArray("reasons")::add);
            results.write(json.writeValueAsString(result));
            results.newLine();
        }
    }

    private void feedback(ReplayFile.Line line, ReplayReport report) throws InterruptedException {
        String where = "line " + line.lineNumber() + " (feedback on " + line.merchant() + " order " + line.orderId() + ")";
        String screeningId = screenings.get(line.merchant() + "\n" + line.orderId());
        if (screeningId == null) {
            report.feedback(false, where + ": that order was not screened in this replay");
            return;
        }
        ObjectNode body = json.createObjectNode().put("type", line.feedbackType()).put("note", "replay of " + options.source());
        try {
            HttpResponse<String> response = send(post("/v1/screenings/" + screeningId + "/feedback", keys.get(line.merchant()), body));
            boolean accepted = response.statusCode() == 201 || response.statusCode() == 200;
            report.feedback(accepted, accepted ? null : where + ": " + response.statusCode() + " " + oneLine(response.body()));
        } catch (IOException e) {
            report.feedback(false, where + ": " + e);
        }
    }

    private HttpRequest post(String path, String bearer, JsonNode body) {
        return HttpRequest.newBuilder(URI.create(options.url() + path))
                .timeout(options.timeout())
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
