package jp.mamori.gateway.psp;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.NewPartner;
import jp.mamori.gateway.RunningGateway;
import jp.mamori.gateway.SharedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code POST /v1/authorizations} with a partner's key, acting for the merchants linked to it and for no other. */
class PartnerAuthorizationApiTest {

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();

    private static WebTestClient client() {
        return shared.get().client();
    }

    private static WebTestClient admin() {
        return shared.get().admin();
    }

    /** An authorization for {@code merchantId} (none when null), sent with {@code apiKey}. */
    private static WebTestClient.ResponseSpec authorize(String apiKey, String merchantId) {
        String named = merchantId == null ? "" : ", \"merchant_id\": \"" + merchantId + "\"";
        return client().post().uri("/v1/authorizations")
                .header("Authorization", "Bearer " + apiKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"order_id": "P-1001", "ordered_at": "%s", "amount": {"value": 5400, "currency": "JPY"},
                         "buyer": {"email": "hanako@example.jp"},
                         "payment": {"method": "card", "card": {"bin": "411111", "last4": "1111"},
                                     "psp": {"provider": "gmo-pg", "reference": "ord-20261126-0001"}},
                         "deadline_ms": 2000%s}
                        """.formatted(Instant.now().minusSeconds(5), named))
                .exchange();
    }

    private static WebTestClient.ResponseSpec screening(String screeningId, String apiKey) {
        return client().get().uri("/v1/screenings/" + screeningId).header("Authorization", "Bearer " + apiKey).exchange();
    }

    private static void expectForbidden(WebTestClient.ResponseSpec answer) {
        answer.expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://mamori.jp/problems/forbidden");
    }

    @Test
    void aPartnersKeyAuthorizesForALinkedMerchantAsThatMerchant() {
        NewPartner psp = NewPartner.create(admin(), "さくら決済");
        NewMerchant merchant = NewMerchant.create(admin(), "静岡 茶園");
        psp.link(admin(), merchant.id()).expectStatus().isOk();

        byte[] answer = authorize(psp.apiKey(), merchant.id())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.action").exists()
                .returnResult().getResponseBody();

        String screeningId = JsonPath.read(new String(answer), "$.screening_id");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> screening(screeningId, merchant.apiKey()).expectStatus().isOk());
        screening(screeningId, RunningGateway.DEMO_KEY).expectStatus().isNotFound();
    }

    @Test
    void aPartnersKeyActsForNoMerchantNotLinkedToItWhetherItExistsOrNot() {
        NewPartner psp = NewPartner.create(admin(), "もみじ決済");
        NewPartner other = NewPartner.create(admin(), "いちょう決済");
        String unlinked = NewMerchant.create(admin(), "岡山 桃農園").id();
        String othersMerchant = NewMerchant.create(admin(), "高知 柚子").id();
        other.link(admin(), othersMerchant).expectStatus().isOk();

        expectForbidden(authorize(psp.apiKey(), unlinked));
        expectForbidden(authorize(psp.apiKey(), othersMerchant));
        expectForbidden(authorize(psp.apiKey(), "mer_0000000000000000"));
        expectForbidden(authorize(psp.apiKey(), "demo"));
    }

    @Test
    void aMerchantUnlinkedFromItsPartnerIsNoLongerItsToActFor() {
        NewPartner psp = NewPartner.create(admin(), "つばき決済");
        String merchant = NewMerchant.create(admin(), "鹿児島 黒豚").id();
        psp.link(admin(), merchant).expectStatus().isOk();
        authorize(psp.apiKey(), merchant).expectStatus().isOk();

        admin().delete().uri("/admin/merchants/" + merchant + "/partner").exchange().expectStatus().isNoContent();

        expectForbidden(authorize(psp.apiKey(), merchant));
    }

    @Test
    void aPartnersKeyMustNameTheMerchant() {
        NewPartner psp = NewPartner.create(admin(), "すみれ決済");
        psp.link(admin(), NewMerchant.create(admin(), "富山 ます寿司").id()).expectStatus().isOk();

        authorize(psp.apiKey(), null)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("merchant_id");
    }

    @Test
    void aMerchantsKeyActsForItsOwnMerchantOnlyEvenWhenAnotherExists() {
        NewMerchant own = NewMerchant.create(admin(), "福岡 明太子");
        String another = NewMerchant.create(admin(), "熊本 馬刺し").id();

        expectForbidden(authorize(own.apiKey(), another));
        authorize(own.apiKey(), own.id()).expectStatus().isOk();
    }

    @Test
    void revokedAndUnknownPartnerKeysAreRefusedAndARotatedKeyActs() {
        NewPartner psp = NewPartner.create(admin(), "あおい決済");
        String merchant = NewMerchant.create(admin(), "徳島 すだち").id();
        psp.link(admin(), merchant).expectStatus().isOk();
        String rotated = JsonPath.read(new String(admin().post().uri("/admin/partners/" + psp.id() + "/api-keys").exchange()
                .expectStatus().isCreated().expectBody().returnResult().getResponseBody()), "$.api_key");

        admin().delete().uri("/admin/partners/" + psp.id() + "/api-keys/" + psp.keyId()).exchange().expectStatus().isNoContent();

        authorize(psp.apiKey(), merchant).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        authorize("pk_" + "A".repeat(43), merchant).expectStatus().isUnauthorized();
        authorize(rotated, merchant).expectStatus().isOk();
    }
}
