package jp.mamori.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The replay tool against a real gateway in this JVM, on the first orders of the bundled set, two feedback lines and two
 * affiliate registrations.
 */
class ReplayEndToEndTest {

    private static final int ORDERS = 200;
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void screensEveryOrderOfASliceSendsItsFeedbackAndCountsEveryDecisionOnce() throws Exception {
        List<String> slice = firstOrders(ORDERS);
        JsonNode firstOrder = json.readTree(slice.get(0)).path("request");
        // One feedback on an order of the slice, and one on an order the slice never screened.
        slice.add(json.writeValueAsString(json.createObjectNode()
                .put("label", json.readTree(slice.get(0)).path("label").asString())
                .put("merchant", json.readTree(slice.get(0)).path("merchant").asString())
                .put("at", "2026-10-05T23:59:00+09:00")
                .set("feedback", json.createObjectNode().put("order_id", firstOrder.path("order_id").asString()).put("type", "chargeback"))));
        slice.add("{\"label\":\"fraud_resale_ring\",\"merchant\":\"m1\",\"feedback\":{\"order_id\":\"no-such-order\",\"type\":\"fraud_confirmed\"},"
                + "\"at\":\"2026-10-05T23:59:30+09:00\"}");
        // A registration the gateway takes, and one it refuses, naming the field: the tool counts both and goes on.
        slice.add("{\"label\":\"legit\",\"merchant\":\"m1\",\"registration\":{\"affiliate_id\":\"af-0001\",\"identity\":"
                + "{\"email\":\"ken.sato.blog@gmail.com\"}},\"at\":\"2026-10-01T10:00:00+09:00\"}");
        slice.add("{\"label\":\"legit\",\"merchant\":\"m1\",\"registration\":{\"affiliate_id\":\"af-0002\",\"identity\":"
                + "{\"phone\":\"なし\"}},\"at\":\"2026-10-01T10:00:01+09:00\"}");
        Path file = dir.resolve("slice.jsonl");
        Files.write(file, slice, StandardCharsets.UTF_8);
        Path results = dir.resolve("results.jsonl");

        ReplayReport report;
        try (InProcessGateway gateway = InProcessGateway.start(dir.resolve("data"))) {
            report = Replay.run(ReplayOptions.parse("--url", gateway.url(), "--admin-token", InProcessGateway.ADMIN_TOKEN,
                    "--file", file.toString(), "--results", results.toString()));
        }

        Map<String, Long> expected = slice.stream().limit(ORDERS)
                .collect(Collectors.groupingBy(l -> json.readTree(l).path("label").asString(), TreeMap::new, Collectors.counting()));
        assertThat(report.labels()).extracting(ReplayReport.LabelCounts::label).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (ReplayReport.LabelCounts c : report.labels()) {
            assertThat((long) c.orders()).as(c.label()).isEqualTo(expected.get(c.label()));
            assertThat(c.errors()).as(c.label() + " orders the gateway refused").isZero();
            assertThat(c.ok() + c.review() + c.ng()).as(c.label()).isEqualTo(c.orders());
        }
        assertThat(report.feedbackSent()).isEqualTo(2);
        assertThat(report.feedbackAccepted()).isEqualTo(1);
        assertThat(report.registrationsSent()).isEqualTo(2);
        assertThat(report.registrationsAccepted()).isEqualTo(1);

        List<JsonNode> perOrder = new ArrayList<>();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            perOrder.add(json.readTree(line));
        }
        assertThat(perOrder).hasSize(ORDERS);
        long flaggedLegit = perOrder.stream()
                .filter(r -> !r.path("label").asString().startsWith("fraud") && !r.path("decision").asString().equals("OK")).count();
        long legit = perOrder.stream().filter(r -> !r.path("label").asString().startsWith("fraud")).count();
        assertThat(report.legitFlaggedShare()).isEqualTo((double) flaggedLegit / legit);
        for (ReplayReport.LabelCounts c : report.labels()) {
            assertThat(perOrder.stream().filter(r -> r.path("label").asString().equals(c.label()) && r.path("decision").asString().equals("NG")))
                    .as(c.label()).hasSize(c.ng());
        }

        String rendered = report.render();
        assertThat(rendered.lines().map(l -> l.split("\\s+")[0]).toList())
                .contains("label", "legit", "fraud")
                .containsAll(expected.keySet().stream().map(l -> l.split(",")[0]).toList());
        assertThat(rendered)
                .containsPattern("label\\s+orders\\s+OK\\s+REVIEW\\s+NG\\s+errors\\s+flagged")
                .contains("legit, all", "fraud, all")
                .containsPattern("fraud flagged \\(REVIEW or NG\\)\\s+\\S+ %\\s+bar >= 95.0 %")
                .containsPattern("legit flagged \\(REVIEW or NG\\)\\s+\\S+ %\\s+bar <= 2.0 %")
                .containsPattern("legit NG\\s+\\S+ %\\s+bar <= 0.20 %")
                .contains("feedback: 2 sent, 1 accepted")
                .contains("no-such-order")
                .contains("affiliate registrations: 2 sent, 1 accepted")
                .contains("af-0002): 400")
                .doesNotContain(InProcessGateway.ADMIN_TOKEN);
    }

    /** The first {@code n} order lines of the bundled set in time order, leaving out its feedback lines. */
    private List<String> firstOrders(int n) throws Exception {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream(ReplayOptions.BUNDLED)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<ReplayFile.Line> sorted = ReplayFile.read(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                Integer.MAX_VALUE);
        List<String> slice = new ArrayList<>();
        for (ReplayFile.Line line : sorted) {
            if (line.isOrder() && slice.size() < n) {
                slice.add(lines.get(line.lineNumber() - 1));
            }
        }
        return slice;
    }
}
