package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code /admin/partners} and {@code /admin/merchants/{id}/partner}: partners, their keys and their merchants. */
class PartnerAdminApiTest {

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();

    private static WebTestClient admin() {
        return shared.get().admin();
    }

    private static WebTestClient.BodyContentSpec partner(String partnerId) {
        return admin().get().uri("/admin/partners/" + partnerId).exchange().expectStatus().isOk().expectBody();
    }

    private static WebTestClient.ResponseSpec link(String merchantId, String body) {
        return admin().put().uri("/admin/merchants/" + merchantId + "/partner")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void aPartnerIsCreatedWithAKeyShownOnceAndListsTheMerchantsLinkedToIt() {
        admin().post().uri("/admin/partners").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \" 決済代行 みらいペイ \"}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location).startsWith("/admin/partners/ptn_"))
                .expectBody()
                .jsonPath("$.partner_id").value(id -> assertThat((String) id).startsWith("ptn_"))
                .jsonPath("$.name").isEqualTo("決済代行 みらいペイ")
                .jsonPath("$.key_id").value(id -> assertThat((String) id).startsWith("key_"))
                .jsonPath("$.api_key").value(key -> assertThat((String) key).startsWith("pk_").hasSize(3 + 43));

        NewPartner psp = NewPartner.create(admin(), "みらいペイ");
        String merchant = NewMerchant.create(admin(), "金沢 和菓子").id();
        psp.link(admin(), merchant).expectStatus().isOk()
                .expectBody().jsonPath("$.merchant_id").isEqualTo(merchant).jsonPath("$.partner_id").isEqualTo(psp.id());

        partner(psp.id())
                .jsonPath("$.name").isEqualTo("みらいペイ")
                .jsonPath("$.merchant_ids").isEqualTo(List.of(merchant))
                .jsonPath("$.api_keys[0].key_id").isEqualTo(psp.keyId())
                .jsonPath("$.api_keys[0].revoked_at").isEmpty()
                .consumeWith(result -> assertThat(new String(result.getResponseBody())).doesNotContain(psp.apiKey()));

        admin().delete().uri("/admin/merchants/" + merchant + "/partner").exchange().expectStatus().isNoContent();
        partner(psp.id()).jsonPath("$.merchant_ids").isEmpty();
    }

    @Test
    void aMerchantHasOnePartnerAtMostSoLinkingItAgainMovesIt() {
        NewPartner first = NewPartner.create(admin(), "一番目ペイ");
        NewPartner second = NewPartner.create(admin(), "二番目ペイ");
        String merchant = NewMerchant.create(admin(), "仙台 牛たん").id();

        first.link(admin(), merchant).expectStatus().isOk();
        second.link(admin(), merchant).expectStatus().isOk();

        partner(first.id()).jsonPath("$.merchant_ids").isEmpty();
        partner(second.id()).jsonPath("$.merchant_ids[0]").isEqualTo(merchant);
    }

    @Test
    void keysAreRevokedOnceAndReadBackWithTheirRevocation() {
        NewPartner psp = NewPartner.create(admin(), "ローテーションペイ");
        admin().post().uri("/admin/partners/" + psp.id() + "/api-keys").exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.api_key").value(key -> assertThat((String) key).startsWith("pk_").isNotEqualTo(psp.apiKey()));

        admin().delete().uri("/admin/partners/" + psp.id() + "/api-keys/" + psp.keyId()).exchange().expectStatus().isNoContent();
        admin().delete().uri("/admin/partners/" + psp.id() + "/api-keys/" + psp.keyId()).exchange().expectStatus().isNotFound();

        partner(psp.id())
                .jsonPath("$.api_keys.length()").isEqualTo(2)
                .jsonPath("$.api_keys[0].revoked_at").isNotEmpty()
                .jsonPath("$.api_keys[1].revoked_at").isEmpty();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        admin().post().uri("/admin/partners").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": \"  \"}")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("name");
        String merchant = NewMerchant.create(admin(), "松山 みかん").id();
        for (String body : new String[] {"{}", "{\"partner_id\": 7}", "{\"partner_id\": \" \"}",
                "{\"partner_id\": \"" + "p".repeat(41) + "\"}"}) {
            link(merchant, body).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.field").isEqualTo("partner_id");
        }
        link(merchant, "{\"partner_id\": ").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownPartnersAndMerchantsAreNotFoundNamingWhichIsUnknown() {
        NewPartner psp = NewPartner.create(admin(), "存在ペイ");
        String merchant = NewMerchant.create(admin(), "長崎 カステラ").id();

        admin().get().uri("/admin/partners/ptn_missing").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("no such partner");
        psp.link(admin(), "mer_missing").expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("no such merchant");
        link(merchant, "{\"partner_id\": \"ptn_missing\"}").expectStatus().isNotFound()
                .expectBody().jsonPath("$.field").isEqualTo("partner_id");
        admin().delete().uri("/admin/merchants/mer_missing/partner").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("no such merchant");
        admin().post().uri("/admin/partners/ptn_missing/api-keys").exchange().expectStatus().isNotFound();
        partner(psp.id()).jsonPath("$.merchant_ids").isEmpty();
    }

    @Test
    void onlyTheAdminTokenOpensItNotAPartnersKey() {
        NewPartner psp = NewPartner.create(admin(), "越権ペイ");
        String merchant = NewMerchant.create(admin(), "函館 朝市").id();
        WebTestClient asPartner = shared.get().client().mutate().defaultHeader("Authorization", "Bearer " + psp.apiKey()).build();

        asPartner.post().uri("/admin/partners").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": \"x\"}")
                .exchange().expectStatus().isUnauthorized();
        asPartner.get().uri("/admin/partners/" + psp.id()).exchange().expectStatus().isUnauthorized();
        asPartner.put().uri("/admin/merchants/" + merchant + "/partner").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"partner_id\": \"" + psp.id() + "\"}").exchange().expectStatus().isUnauthorized();
        partner(psp.id()).jsonPath("$.merchant_ids").isEmpty();
    }

    @Test
    void theApiDocumentationShowsPartnersAndTheirKeyOnAuthorizations() {
        shared.get().client().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/admin/partners'].post.summary").exists()
                .jsonPath("$.paths['/admin/partners/{id}'].get.security[0].adminToken").exists()
                .jsonPath("$.paths['/admin/merchants/{id}/partner'].put.summary").exists()
                .jsonPath("$.paths['/admin/merchants/{id}/partner'].delete.summary").exists()
                .jsonPath("$.paths['/v1/authorizations'].post.security[1].partnerKey").exists()
                .jsonPath("$.components.securitySchemes.partnerKey.scheme").isEqualTo("bearer");
    }
}
