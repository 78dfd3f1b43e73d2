package jp.mamori.gateway;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A merchant a test creates through the admin API ({@code POST /admin/merchants}): its id and its API key. */
public record NewMerchant(String id, String apiKey) {

    public static NewMerchant create(WebTestClient client, String name) {
        String body = new String(client.post().uri("/admin/merchants")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"" + name + "\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
        return new NewMerchant(JsonPath.read(body, "$.merchant_id"), JsonPath.read(body, "$.api_key"));
    }
}
