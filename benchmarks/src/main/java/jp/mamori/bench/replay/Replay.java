package jp.mamori.bench.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays a labelled set and reports, per label, how many orders were flagged REVIEW or NG: the detection
 * figures of issue 4 against their bars.
 *
 * <p>Every line goes in time order, one at a time, since velocity depends on order: an order is screened, a
 * feedback is sent on the order it names, an affiliate's registration is registered for its shop. The target is a running gateway's public API ({@link GatewayTarget}:
 * run it against a freshly started gateway, since the negative list is shared by all merchants and outlives a
 * run) or, with {@code --in-process}, a scoring engine built as the gateway builds its own ({@link EngineTarget}).
 *
 * <pre>java -cp benchmarks.jar jp.mamori.bench.replay.Replay --url http://127.0.0.1:8080 --admin-token $TOKEN
 * java -cp benchmarks.jar jp.mamori.bench.replay.Replay --in-process</pre>
 */
public final class Replay {

    private final ReplayOptions options;
    private final JsonMapper json = JsonMapper.builder().build();

    private Replay(ReplayOptions options) {
        this.options = options;
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

    private ReplayTarget target() {
        return options.inProcess() ? new EngineTarget()
                : new GatewayTarget(options.url(), options.adminToken(), options.timeout(), "replay of " + options.source());
    }

    private ReplayReport replay() throws IOException, InterruptedException {
        List<ReplayFile.Line> lines = ReplayFile.read(options);
        try (ReplayTarget target = target();
             BufferedWriter results = options.results() == null ? null : Files.newBufferedWriter(options.results(), StandardCharsets.UTF_8)) {
            Set<String> shops = new LinkedHashSet<>();
            lines.forEach(line -> shops.add(line.merchant()));
            for (String shop : shops) {
                target.addShop(shop);
            }
            ReplayReport report = new ReplayReport(options.source(), target.describe());
            for (ReplayFile.Line line : lines) {
                if (line.isOrder()) {
                    screen(target, line, report, results);
                } else if (line.isRegistration()) {
                    register(target, line, report);
                } else {
                    feedback(target, line, report);
                }
            }
            return report;
        }
    }

    private void screen(ReplayTarget target, ReplayFile.Line line, ReplayReport report, BufferedWriter results)
            throws IOException, InterruptedException {
        ReplayTarget.Answer answer;
        try {
            answer = target.screen(line.merchant(), line.request());
        } catch (ReplayTarget.Refused e) {
            report.failed(line.label(), "line " + line.lineNumber() + " (" + line.merchant() + " order " + line.orderId() + "): " + e.getMessage());
            return;
        }
        report.screened(line.label(), answer.decision(), answer.reasonCodes());
        if (results != null) {
            ObjectNode result = json.createObjectNode();
            result.put("label", line.label());
            result.put("merchant", line.merchant());
            result.put("order_id", line.orderId());
            result.put("decision", answer.decision());
            result.put("score", answer.score());
            answer.reasonCodes().forEach(result.putArray("reasons")::add);
            results.write(json.writeValueAsString(result));
            results.newLine();
        }
    }

    private static void register(ReplayTarget target, ReplayFile.Line line, ReplayReport report) throws InterruptedException {
        try {
            target.registerAffiliate(line.merchant(), line.affiliateId(), line.identity());
            report.registration(true, null);
        } catch (ReplayTarget.Refused e) {
            report.registration(false, "line " + line.lineNumber() + " (registration of " + line.merchant() + " affiliate "
                    + line.affiliateId() + "): " + e.getMessage());
        }
    }

    private static void feedback(ReplayTarget target, ReplayFile.Line line, ReplayReport report) throws InterruptedException {
        try {
            target.feedback(line.merchant(), line.orderId(), line.feedbackType());
            report.feedback(true, null);
        } catch (ReplayTarget.Refused e) {
            report.feedback(false, "line " + line.lineNumber() + " (feedback on " + line.merchant() + " order " + line.orderId() + "): "
                    + e.getMessage());
        }
    }
}
