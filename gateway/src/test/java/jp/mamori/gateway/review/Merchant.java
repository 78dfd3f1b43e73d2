package jp.mamori.gateway.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.RunningGateway;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One merchant of a running gateway, calling the public API with its own API key. */
record Merchant(WebTestClient client, String apiKey) {

    static Merchant demo(RunningGateway gateway) {
        return new Merchant(gateway.client(), RunningGateway.DEMO_KEY);
    }

    /** A new merchant, created through the admin API. */
    static Merchant create(RunningGateway gateway, String name) {
        return new Merchant(gateway.client(), NewMerchant.create(gateway.client(), name).apiKey());
    }

    /** Screens an order and answers the screening id, checking the decision. */
    String screen(String order, String expectedDecision) {
        byte[] body = client.post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + apiKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody();
        String answer = new String(body);
        assertThat((String) JsonPath.read(answer, "$.decision")).as(answer).isEqualTo(expectedDecision);
        return JsonPath.read(answer, "$.screening_id");
    }

    /** Screens an order and answers the whole answer. */
    String screen(String order) {
        return new String(client.post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + apiKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
    }

    WebTestClient.ResponseSpec post(String path, String body) {
        return client.post().uri(path)
                .header("Authorization", "Bearer " + apiKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    WebTestClient.ResponseSpec review(String screeningId, String body) {
        return post("/v1/screenings/" + screeningId + "/review", body);
    }

    WebTestClient.ResponseSpec feedback(String screeningId, String body) {
        return post("/v1/screenings/" + screeningId + "/feedback", body);
    }

    WebTestClient.ResponseSpec get(String pathAndQuery) {
        return client.get().uri(pathAndQuery).header("Authorization", "Bearer " + apiKey).exchange();
    }
}
