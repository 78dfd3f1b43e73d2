package jp.mamori.gateway.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.RunningGateway;
import org.springframework.http.MediaType;

/** A merchant of the running gateway, created through the admin API, screening orders with its own API key. */
record Shop(RunningGateway gateway, String apiKey) {

    /** One screening's answer. */
    record Screened(String id, String decision, int score, List<String> codes, List<String> messages, String json) {
    }

    static Shop create(RunningGateway gateway, String name) {
        return new Shop(gateway, NewMerchant.create(gateway.client(), name).apiKey());
    }

    Screened screen(ScenarioOrder order) {
        String json = order.json();
        byte[] body = gateway.client().post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + apiKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody();
        String answer = new String(body);
        assertThat(answer).as("answer to %s", json).contains("\"decision\"");
        List<String> codes = JsonPath.read(answer, "$.reasons[*].code");
        List<String> messages = JsonPath.read(answer, "$.reasons[*].message");
        Number score = JsonPath.read(answer, "$.score");
        return new Screened(JsonPath.read(answer, "$.screening_id"), JsonPath.read(answer, "$.decision"), score.intValue(),
                codes, messages, answer);
    }

    void feedback(String screeningId, String body) {
        gateway.client().post().uri("/v1/screenings/" + screeningId + "/feedback")
                .header("Authorization", "Bearer " + apiKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isCreated();
    }
}
