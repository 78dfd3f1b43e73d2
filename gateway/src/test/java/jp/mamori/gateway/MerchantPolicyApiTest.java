package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;


import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code PUT /admin/merchants/{id}/policy}: a merchant screened with its own policy, kept across a restart. */
class MerchantPolicyApiTest {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    /** 東京茶舗's policy: a disposable address alone is NG, and its loyal customer c-20931 is trusted. */
    private static final String TOKYO_TEA = """
            version: tokyo-tea-2026-12-01
            thresholds:
              review: 40
              ng: 80
            weights:
              EMAIL_DISPOSABLE_DOMAIN: 90
            hard_rules:
              NEGATIVE_LIST_MATCH: NG
            """;

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();

    @Test
    void aMerchantIsScreenedWithItsOwnPolicyFromUploadOnAndAfterARestart() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "東京茶舗");
        String disposable = Orders.order("TT-1", "yamada.taro@mailinator.com");
        assertThat(screen(merchant.apiKey(), disposable)).as("before").contains("\"decision\":\"REVIEW\"");

        put(merchant.id(), YAML, TOKYO_TEA).expectStatus().isCreated()
                .expectBody().jsonPath("$.version").isEqualTo("tokyo-tea-2026-12-01").jsonPath("$.format").isEqualTo("yaml");

        String answer = screen(merchant.apiKey(), Orders.order("TT-2", "yamada.taro@mailinator.com"));
        assertThat((String) JsonPath.read(answer, "$.decision")).isEqualTo("NG");
        assertThat((String) JsonPath.read(answer, "$.policy_version")).isEqualTo("tokyo-tea-2026-12-01");
        String other = screen(RunningGateway.DEMO_KEY, Orders.order("DEMO-1", "yamada.taro@mailinator.com"));
        assertThat((String) JsonPath.read(other, "$.decision")).as("another merchant").isEqualTo("REVIEW");
        assertThat((String) JsonPath.read(other, "$.policy_version")).startsWith("default-");

        shared.restart();

        String afterRestart = screen(merchant.apiKey(), Orders.order("TT-3", "yamada.taro@mailinator.com"));
        assertThat((String) JsonPath.read(afterRestart, "$.policy_version")).isEqualTo("tokyo-tea-2026-12-01");
        assertThat((String) JsonPath.read(afterRestart, "$.decision")).isEqualTo("NG");
    }

    @Test
    void theAllowListAndTheScreenedPaymentMethodsComeFromThePolicy() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "京都和菓子");
        put(merchant.id(), MediaType.APPLICATION_JSON, """
                {"version": "kyoto-1", "thresholds": {"review": 40, "ng": 80}, "weights": {},
                 "allow_list": {"customer_ids": ["c-20931"]}}
                """).expectStatus().isCreated();

        String trusted = screen(merchant.apiKey(), Orders.order("KY-1", "yamada.taro@mailinator.com"));
        assertThat((String) JsonPath.read(trusted, "$.decision")).isEqualTo("OK");
        assertThat(trusted).contains("ALLOW_LIST_CUSTOMER", "EMAIL_DISPOSABLE_DOMAIN");

        put(merchant.id(), MediaType.APPLICATION_JSON, """
                {"version": "kyoto-2", "thresholds": {"review": 40, "ng": 80}, "weights": {}, "payment_methods": ["konbini"]}
                """).expectStatus().isCreated();

        String unscreened = screen(merchant.apiKey(), Orders.order("KY-2", "yamada.taro@mailinator.com"));
        assertThat((String) JsonPath.read(unscreened, "$.decision")).isEqualTo("OK");
        assertThat((String) JsonPath.read(unscreened, "$.reasons[0].code")).isEqualTo("PAYMENT_METHOD_NOT_SCREENED");
        assertThat((String) JsonPath.read(unscreened, "$.policy_version")).isEqualTo("kyoto-2");
    }

    @Test
    void aVersionNamesOnePolicyForGood() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "大阪菓子");
        put(merchant.id(), YAML, TOKYO_TEA).expectStatus().isCreated();

        put(merchant.id(), YAML, "# unchanged, but for this comment\n" + TOKYO_TEA).expectStatus().isOk();
        put(merchant.id(), YAML, TOKYO_TEA.replace("90", "60"))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.type").value(type -> assertThat((String) type).endsWith("policy-version-taken"));
        put(merchant.id(), YAML, TOKYO_TEA.replace("90", "60").replace("2026-12-01", "2026-12-02")).expectStatus().isCreated();
        // Going back to an earlier version is uploading it again.
        put(merchant.id(), YAML, TOKYO_TEA).expectStatus().isCreated();

        shared.get().admin().get().uri("/admin/merchants/{id}/policy", merchant.id()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.source").isEqualTo("merchant")
                .jsonPath("$.version").isEqualTo("tokyo-tea-2026-12-01")
                .jsonPath("$.document").isEqualTo(TOKYO_TEA);
    }

    @Test
    void aBadPolicyIsRefusedWithTheLineAndFieldOfItsMistakeAndChangesNothing() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "札幌海産");

        put(merchant.id(), YAML, TOKYO_TEA.replace("EMAIL_DISPOSABLE_DOMAIN: 90", "EMAIL_DISPOSABLE_DOMAIN: ninety"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").value(type -> assertThat((String) type).endsWith("invalid-policy"))
                .jsonPath("$.detail").isEqualTo("policy: line 6: weights.EMAIL_DISPOSABLE_DOMAIN must be a whole number")
                .jsonPath("$.errors[0].field").isEqualTo("weights.EMAIL_DISPOSABLE_DOMAIN")
                .jsonPath("$.errors[0].detail").isEqualTo("line 6: must be a whole number");
        put(merchant.id(), YAML, "version: [unclosed\n").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("policy: line "));
        put(merchant.id(), MediaType.APPLICATION_JSON, "{\"version\": \"monthly\", \"thresholds\": {\"review\": 40, \"ng\": 80}, "
                + "\"weights\": {}, \"velocity\": [{\"reason\": \"VELOCITY_EMAIL_24H\", \"identity\": \"email\", "
                + "\"window\": \"P30D\", \"limit\": 9}]}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("velocity[0].window");
        put(merchant.id(), YAML, TOKYO_TEA.replace("tokyo-tea-2026-12-01", "x".repeat(65))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("version");

        shared.get().admin().get().uri("/admin/merchants/{id}/policy", merchant.id()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.source").isEqualTo("default").jsonPath("$.document").doesNotExist();
    }

    @Test
    void onlyTheAdminTokenSetsAPolicyOfAMerchantThatExistsInYamlOrJson() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "福岡明太子");
        shared.get().client().put().uri("/admin/merchants/{id}/policy", merchant.id())
                .header("Authorization", "Bearer " + merchant.apiKey())
                .contentType(YAML).bodyValue(TOKYO_TEA).exchange()
                .expectStatus().isUnauthorized();
        put("mer_nobody", YAML, TOKYO_TEA).expectStatus().isNotFound();
        put(merchant.id(), MediaType.TEXT_PLAIN, TOKYO_TEA).expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    private static WebTestClient.ResponseSpec put(String merchantId, MediaType type, String policy) {
        return shared.get().admin().put().uri("/admin/merchants/{id}/policy", merchantId).contentType(type).bodyValue(policy).exchange();
    }

    private static String screen(String apiKey, String order) {
        return new String(shared.get().client().post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + apiKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
    }
}
