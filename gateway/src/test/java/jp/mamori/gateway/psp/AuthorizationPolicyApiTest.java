package jp.mamori.gateway.psp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.SharedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code /admin/merchants/{id}/authorization-policy}: set, read back, kept across a restart, and taken away. */
class AuthorizationPolicyApiTest {

    private static final String PATH = "/admin/merchants/{id}/authorization-policy";
    private static final Map<String, Object> DEFAULT_ACTIONS = Map.of("OK", "accept", "REVIEW", "challenge", "NG", "deny");

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();

    private static WebTestClient.ResponseSpec put(String merchantId, String body) {
        return shared.get().admin().put().uri(PATH, merchantId).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private static Map<String, Object> get(String merchantId) {
        return shared.get().admin().get().uri(PATH, merchantId).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
    }

    /** The action answered to an authorization of a screening held for REVIEW (a disposable address). */
    private static Object actionForAReview(NewMerchant merchant, String orderId) {
        String body = """
                {"order_id": "%s", "ordered_at": "%s", "amount": {"value": 5400, "currency": "JPY"},
                 "buyer": {"email": "%s@mailinator.com"}, "deadline_ms": 2000}
                """.formatted(orderId, Instant.now().minusSeconds(5), orderId.toLowerCase());
        Map<String, Object> answer = shared.get().client().post().uri("/v1/authorizations")
                .header("Authorization", "Bearer " + merchant.apiKey())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        assertThat(answer).containsEntry("decision", "REVIEW").containsEntry("fallback", false);
        return answer.get("action");
    }

    @Test
    void aMerchantUsesTheDefaultUntilGivenItsOwnKeepsItAcrossARestartAndReturnsToTheDefaultWhenItIsDeleted() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "函館 海鮮市場");
        assertThat(get(merchant.id())).containsEntry("source", "default").containsEntry("actions", DEFAULT_ACTIONS)
                .containsEntry("fallback", "accept");

        put(merchant.id(), "{\"actions\": {\"REVIEW\": \"accept\"}, \"fallback\": \"challenge\"}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.merchant_id").isEqualTo(merchant.id())
                .jsonPath("$.source").isEqualTo("merchant")
                .jsonPath("$.actions").isEqualTo(Map.of("OK", "accept", "REVIEW", "accept", "NG", "deny"))
                .jsonPath("$.fallback").isEqualTo("challenge");
        assertThat(actionForAReview(merchant, "HK-1")).isEqualTo("accept");

        shared.restart();

        assertThat(get(merchant.id())).containsEntry("source", "merchant").containsEntry("fallback", "challenge");
        assertThat(actionForAReview(merchant, "HK-2")).as("after the restart").isEqualTo("accept");

        shared.get().admin().delete().uri(PATH, merchant.id()).exchange().expectStatus().isNoContent();

        assertThat(get(merchant.id())).containsEntry("source", "default").containsEntry("actions", DEFAULT_ACTIONS);
        assertThat(actionForAReview(merchant, "HK-3")).as("after the delete").isEqualTo("challenge");
    }

    @Test
    void aBadPolicyIsRefusedNamingEachBadFieldAndChangesNothing() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "高松 讃岐うどん");
        put(merchant.id(), "{\"fallback\": \"deny\"}").expectStatus().isOk();

        put(merchant.id(), "{\"actions\": {\"REVIEW\": \"accept-and-review\", \"MAYBE\": \"deny\"}, \"fallbak\": \"accept\"}")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").isEqualTo(List.of("actions.REVIEW", "actions.MAYBE", "fallbak"));
        put(merchant.id(), "{\"fallback\": ").expectStatus().isBadRequest();

        assertThat(get(merchant.id())).containsEntry("source", "merchant").containsEntry("fallback", "deny")
                .containsEntry("actions", DEFAULT_ACTIONS);
    }

    @Test
    void onlyTheAdminTokenOpensItAndOnlyForAMerchantThatExists() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "松江 和菓子処");

        shared.get().client().get().uri(PATH, merchant.id()).exchange().expectStatus().isUnauthorized();
        shared.get().client().put().uri(PATH, merchant.id()).header("Authorization", "Bearer " + merchant.apiKey())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isUnauthorized();

        put("mer_nobody", "{\"fallback\": \"deny\"}").expectStatus().isNotFound();
        shared.get().admin().get().uri(PATH, "mer_nobody").exchange().expectStatus().isNotFound();
        shared.get().admin().delete().uri(PATH, "mer_nobody").exchange().expectStatus().isNotFound();
    }
}
