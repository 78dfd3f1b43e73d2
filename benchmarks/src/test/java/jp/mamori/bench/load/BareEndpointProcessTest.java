package jp.mamori.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BareEndpointProcessTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final byte[] ORDER = new ScreeningRequestBodies("proc").body(0);

    @Test
    void startsAChildJvmThatAnswersScreeningsAndStopsWhenClosed() throws Exception {
        String url;
        try (BareEndpointProcess bare = BareEndpointProcess.start();
             ScreeningHttpClient client = new ScreeningHttpClient(bare.url(), "test-key", 1, TIMEOUT)) {
            url = bare.url();
            assertThat(client.screen(ORDER).block(TIMEOUT)).isEqualTo(200);
        }

        try (ScreeningHttpClient client = new ScreeningHttpClient(url, "test-key", 1, TIMEOUT)) {
            assertThatThrownBy(() -> client.screen(ORDER).block(TIMEOUT)).isNotNull();
        }
    }
}
