package jp.mamori.gateway;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A partner a test creates through the admin API ({@code POST /admin/partners}): its id, its first key and that key's id. */
public record NewPartner(String id, String apiKey, String keyId) {

    public static NewPartner create(WebTestClient client, String name) {
        String body = new String(client.post().uri("/admin/partners")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"" + name + "\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
        return new NewPartner(JsonPath.read(body, "$.partner_id"), JsonPath.read(body, "$.api_key"),
                JsonPath.read(body, "$.key_id"));
    }

    /** {@code PUT /admin/merchants/{merchantId}/partner} naming this partner. */
    public WebTestClient.ResponseSpec link(WebTestClient client, String merchantId) {
        return client.put().uri("/admin/merchants/" + merchantId + "/partner")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"partner_id\": \"" + id + "\"}")
                .exchange();
    }
}
