package jp.mamori.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-process replay stands in for the gateway only if it decides every order as the gateway does: the same
 * decision, score and reasons, in the same order, including after feedback has listed a fraudster and after the
 * shop registered its affiliates.
 */
class InProcessReplayTest {

    /**
     * Lines of the bundled set in time order: enough to reach the first order matching a listing made by feedback, and
     * orders of self-referring affiliates registered before them.
     */
    private static final String LINES = "900";

    @TempDir
    Path dir;

    @Test
    void decidesEveryOrderExactlyAsTheGatewayDoes() throws Exception {
        Path throughGateway = dir.resolve("gateway.jsonl");
        Path inProcess = dir.resolve("engine.jsonl");
        ReplayReport gatewayReport;
        try (InProcessGateway gateway = InProcessGateway.start(dir.resolve("data"))) {
            gatewayReport = Replay.run(ReplayOptions.parse("--url", gateway.url(), "--admin-token", InProcessGateway.ADMIN_TOKEN,
                    "--limit", LINES, "--results", throughGateway.toString()));
        }
        ReplayReport engineReport = Replay.run(ReplayOptions.parse("--in-process", "--limit", LINES, "--results", inProcess.toString()));

        List<String> expected = Files.readAllLines(throughGateway, StandardCharsets.UTF_8);
        assertThat(expected).hasSizeGreaterThan(800).anyMatch(line -> line.contains("NEGATIVE_LIST_MATCH"))
                .anyMatch(line -> line.contains("AFFILIATE_SELF_REFERRAL"));
        assertThat(Files.readAllLines(inProcess, StandardCharsets.UTF_8)).containsExactlyElementsOf(expected);
        assertThat(engineReport.feedbackSent()).isEqualTo(gatewayReport.feedbackSent()).isPositive();
        assertThat(engineReport.feedbackAccepted()).isEqualTo(engineReport.feedbackSent());
        assertThat(engineReport.registrationsSent()).isEqualTo(gatewayReport.registrationsSent()).isPositive();
        assertThat(gatewayReport.registrationsAccepted()).isEqualTo(gatewayReport.registrationsSent());
        assertThat(engineReport.registrationsAccepted()).isEqualTo(engineReport.registrationsSent());
        assertThat(engineReport.render()).contains("to the engine in process (policy ");
    }
}
