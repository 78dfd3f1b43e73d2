package jp.mamori.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driver tells an authorization answered by its fallback from one answered by its screening. */
class ScreeningHttpClientTest {

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/authorizations", exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean late = exchange.getRequestURI().getQuery() != null;
            byte[] answer = ("{\"action\":\"accept\",\"decision\":" + (late ? "null" : "\"OK\"") + ",\"fallback\":" + late + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsWhetherAnAnswerWasTheFallback() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        try (ScreeningHttpClient inTime = new ScreeningHttpClient(url, "k", 1, Duration.ofSeconds(5), "/v1/authorizations");
             ScreeningHttpClient late = new ScreeningHttpClient(url, "k", 1, Duration.ofSeconds(5), "/v1/authorizations?late")) {
            assertThat(inTime.send(new byte[] {'{', '}'}).block(Duration.ofSeconds(5)))
                    .isEqualTo(new ScreeningHttpClient.Reply(200, false));
            assertThat(late.send(new byte[] {'{', '}'}).block(Duration.ofSeconds(5)))
                    .isEqualTo(new ScreeningHttpClient.Reply(200, true));
        }
    }
}
