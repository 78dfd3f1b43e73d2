package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code /admin/merchants}: only the admin token opens it; keys are shown once and can be revoked. */
class AdminApiTest {

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static WebTestClient client;

    @BeforeAll
    static void start() {
        gateway = RunningGateway.start(dataDir);
        client = gateway.client();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    /** Creates a merchant through the admin API and answers its API key. */
    static String createMerchant(WebTestClient client, String name) {
        byte[] body = client.post().uri("/admin/merchants")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"" + name + "\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.merchant_id").value(id -> assertThat((String) id).startsWith("mer_"))
                .jsonPath("$.api_key").value(key -> assertThat((String) key).startsWith("mk_"))
                .returnResult().getResponseBody();
        return JsonPath.read(new String(body), "$.api_key");
    }

    private static WebTestClient.ResponseSpec screen(String apiKey) {
        return client.post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + apiKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Orders.order("EC-1", "suzuki.ichiro@ezweb.ne.jp"))
                .exchange();
    }

    @Test
    void aCreatedMerchantsKeyScreensOrders() {
        screen(createMerchant(client, "北海道 いくら本舗")).expectStatus().isCreated();
    }

    @Test
    void theAdminApiRefusesMissingAndWrongTokensAndMerchantKeys() {
        for (String token : new String[] {null, "wrong-token", RunningGateway.DEMO_KEY}) {
            WebTestClient.RequestBodySpec request = client.post().uri("/admin/merchants").contentType(MediaType.APPLICATION_JSON);
            if (token != null) {
                request = request.header("Authorization", "Bearer " + token);
            }
            request.bodyValue("{\"name\": \"x\"}").exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void aMerchantNeedsAName() {
        client.post().uri("/admin/merchants")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"  \"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("name");
    }

    @Test
    void keysAreListedWithoutTheKeyAndCanBeRevoked() {
        byte[] created = client.post().uri("/admin/merchants")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"京都 茶寮\"}")
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody();
        String merchantId = JsonPath.read(new String(created), "$.merchant_id");
        String firstKey = JsonPath.read(new String(created), "$.api_key");
        String firstKeyId = JsonPath.read(new String(created), "$.key_id");

        byte[] issued = client.post().uri("/admin/merchants/" + merchantId + "/api-keys")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody();
        String secondKey = JsonPath.read(new String(issued), "$.api_key");

        client.get().uri("/admin/merchants/" + merchantId)
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("京都 茶寮")
                .jsonPath("$.api_keys.length()").isEqualTo(2)
                .jsonPath("$.api_keys[0].key_id").isEqualTo(firstKeyId)
                .jsonPath("$.api_keys[0].revoked_at").isEmpty()
                .consumeWith(result -> assertThat(new String(result.getResponseBody()))
                        .doesNotContain(firstKey).doesNotContain(secondKey));

        client.delete().uri("/admin/merchants/" + merchantId + "/api-keys/" + firstKeyId)
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .exchange().expectStatus().isNoContent();
        screen(firstKey).expectStatus().isUnauthorized();
        screen(secondKey).expectStatus().isCreated();

        client.delete().uri("/admin/merchants/" + merchantId + "/api-keys/" + firstKeyId)
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .exchange().expectStatus().isNotFound();
        client.get().uri("/admin/merchants/mer_missing")
                .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
