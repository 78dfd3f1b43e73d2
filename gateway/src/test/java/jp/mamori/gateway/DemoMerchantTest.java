package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Without MAMORI_DEMO_API_KEY, each start prints a fresh demo key once and retires the one before. */
@ExtendWith(OutputCaptureExtension.class)
class DemoMerchantTest {

    private static final Pattern PRINTED_KEY = Pattern.compile("shown once\\): (mk_[A-Za-z0-9_-]+)");

    @TempDir
    Path dataDir;

    private static String lastPrintedKey(CapturedOutput output) {
        Matcher matcher = PRINTED_KEY.matcher(output.getOut());
        String key = null;
        while (matcher.find()) {
            key = matcher.group(1);
        }
        assertThat(key).as("a printed demo key").isNotNull();
        return key;
    }

    private static WebTestClient.ResponseSpec screen(RunningGateway gateway, String key) {
        return gateway.client().post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Orders.order("DEMO-1", "demo@example.jp"))
                .exchange();
    }

    @Test
    void aGeneratedDemoKeyWorksUntilTheNextStart(CapturedOutput output) {
        String firstKey;
        try (RunningGateway first = RunningGateway.start(dataDir, "mamori.demo.api-key=")) {
            firstKey = lastPrintedKey(output);
            screen(first, firstKey).expectStatus().isCreated();
        }
        try (RunningGateway second = RunningGateway.start(dataDir, "mamori.demo.api-key=")) {
            String secondKey = lastPrintedKey(output);
            assertThat(secondKey).isNotEqualTo(firstKey);
            screen(second, secondKey).expectStatus().isCreated();
            screen(second, firstKey).expectStatus().isUnauthorized();
        }
    }
}
