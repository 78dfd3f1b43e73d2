package jp.mamori.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.netty.DisposableServer;

class BareEndpointServerTest {

    private final DisposableServer server = BareEndpointServer.start(0);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.disposeNow();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersAnyWooCommerceDeliveryAsStoredWithoutCheckingItsSignature() throws Exception {
        HttpResponse<String> answer = post("/hooks/woocommerce/bench-7mehe7r", "{\"id\":5123,\"status\":\"processing\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(answer.body()).isEqualTo("{\"result\":\"stored\"}");
    }

    @Test
    void answersAnEcCubeBatchAsTheGatewayAnswersOneOrderStored() throws Exception {
        HttpResponse<String> answer = post("/hooks/ec-cube/bench-eccube-1",
                "[{\"entity\":\"order\",\"id\":1087,\"action\":\"created\"}]");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(answer.body()).isEqualTo("{\"result\":\"stored\",\"stored\":1,\"duplicates\":0}");
    }

    @Test
    void stillAnswersScreeningsAndAuthorizationsAndNothingElse() throws Exception {
        HttpResponse<String> screening = post("/v1/screenings", "{\"order_id\":\"o-1\"}");

        assertThat(screening.statusCode()).isEqualTo(200);
        assertThat(screening.body()).contains("\"decision\":\"OK\"");
        HttpResponse<String> authorization = post("/v1/authorizations", "{\"order_id\":\"o-2\",\"deadline_ms\":200}");
        assertThat(authorization.statusCode()).isEqualTo(200);
        assertThat(authorization.body()).contains("\"action\":\"accept\"").contains("\"fallback\":false");
        assertThat(post("/hooks/psp/stripe/acct_1", "{}").statusCode()).isEqualTo(404);
        assertThat(post("/hooks/woocommerce", "{}").statusCode()).isEqualTo(404);
    }
}
