package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code /admin/merchants/{id}/affiliates/{affiliate_id}}: an affiliate buying through their own link is caught on the first order. */
class AffiliateRegistrationApiTest {

    /** 佐藤 健, the blogger behind affiliate aff-0042, as he signed up with the shop's ASP. */
    private static final String SATO_KEN = """
            {"name": {"family": "佐藤", "given": "健", "family_kana": "サトウ", "given_kana": "ケン"},
             "email": "ken.sato.blog@gmail.com", "phone": "090-5521-8830",
             "address": {"country": "JP", "postal_code": "330-0846", "region": "埼玉県", "locality": "さいたま市大宮区",
                         "line1": "大門町2-118", "line2": "大宮パークハイツ804"}}
            """;

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();

    @Test
    void aRegisteredAffiliatesOwnOrderThroughTheirLinkIsHeldFromRegistrationOnAndAfterARestart() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "大宮 化粧品");
        // Orders.order comes through affiliate aff-0042.
        assertThat(codes(screen(merchant, "OM-1"))).as("before").doesNotContain("AFFILIATE_SELF_REFERRAL");

        put(merchant.id(), "aff-0042", SATO_KEN).expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.affiliate_id").isEqualTo("aff-0042")
                .jsonPath("$.identities").isEqualTo(List.of("address", "email", "kana_phone", "name_address", "phone"));

        String answer = screen(merchant, "OM-2");
        assertThat(codes(answer)).contains("AFFILIATE_SELF_REFERRAL");
        assertThat((String) JsonPath.read(answer, "$.decision")).isNotEqualTo("OK");

        shared.restart();

        assertThat(codes(screen(merchant, "OM-3"))).as("after a restart").contains("AFFILIATE_SELF_REFERRAL");
        shared.get().admin().get().uri("/admin/merchants/{id}/affiliates", merchant.id()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.affiliates.length()").isEqualTo(1)
                .jsonPath("$.affiliates[0].affiliate_id").isEqualTo("aff-0042");
    }

    @Test
    void registeringAgainReplacesAndDeletingWithdrawsInTheEngineToo() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "川越 健康食品");
        put(merchant.id(), "aff-0042", SATO_KEN).expectStatus().isCreated();

        // He changed his mail address: the old one no longer names him.
        put(merchant.id(), "aff-0042", SATO_KEN.replace("ken.sato.blog@gmail.com", "k.sato.2026@outlook.jp"))
                .expectStatus().isOk();

        assertThat(codes(screen(merchant, "KW-1"))).doesNotContain("AFFILIATE_SELF_REFERRAL");
        assertThat(codes(screen(merchant, "KW-2", "k.sato.2026@outlook.jp"))).contains("AFFILIATE_SELF_REFERRAL");

        shared.get().admin().delete().uri("/admin/merchants/{id}/affiliates/{a}", merchant.id(), "aff-0042").exchange()
                .expectStatus().isNoContent();

        assertThat(codes(screen(merchant, "KW-3", "k.sato.2026@outlook.jp"))).doesNotContain("AFFILIATE_SELF_REFERRAL");
        shared.get().admin().get().uri("/admin/merchants/{id}/affiliates/{a}", merchant.id(), "aff-0042").exchange()
                .expectStatus().isNotFound();
        shared.get().admin().delete().uri("/admin/merchants/{id}/affiliates/{a}", merchant.id(), "aff-0042").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void onlyKeysAreStoredAndShownBackAreTheKindsRegistered() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "浦和 雑貨");
        put(merchant.id(), "a8-77120", "{\"phone\": \"090-5521-8830\"}").expectStatus().isCreated();

        String shown = new String(shared.get().admin().get().uri("/admin/merchants/{id}/affiliates/{a}", merchant.id(), "a8-77120")
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat((List<String>) JsonPath.read(shown, "$.identities")).containsExactly("phone");
        // The whole number, as typed and as digits: a shorter run of its digits turns up in hashes and timestamps by chance.
        assertThat(shown).doesNotContain("090-5521-8830", "09055218830", "9055218830");
        put(merchant.id(), "aff-0042", SATO_KEN).expectStatus().isCreated();
        List<Map<String, Object>> rows = shared.get().bean(DatabaseClient.class)
                .sql("SELECT * FROM affiliate_keys WHERE merchant_id = :merchant")
                .bind("merchant", merchant.id()).fetch().all().collectList().block();
        assertThat(rows).hasSize(6);
        assertThat(rows.toString()).doesNotContain("090-5521-8830", "09055218830", "9055218830", "sato", "大門", "サトウ");
    }

    @Test
    void aBadRegistrationIsRefusedNamingItsFieldAndRegistersNothing() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "所沢 文具");

        put(merchant.id(), "aff-0042", SATO_KEN.replace("\"JP\"", "\"JPN\"")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("address.country");
        put(merchant.id(), "aff-0042", SATO_KEN.replace("090-5521-8830", "なし")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("phone").jsonPath("$.detail").isEqualTo("phone not a phone number");
        put(merchant.id(), "aff-0042", "{\"bank\": \"みずほ銀行\", \"email\": \"ken.sato.blog@gmail.com\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("bank");
        put(merchant.id(), " aff-0042", SATO_KEN).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("affiliate_id");
        put("mer_nobody", "aff-0042", SATO_KEN).expectStatus().isNotFound();

        shared.get().admin().get().uri("/admin/merchants/{id}/affiliates", merchant.id()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.affiliates.length()").isEqualTo(0);
    }

    @Test
    void anAspsExportRegistersEveryAffiliateAtOnceAndAMistakeRegistersNone() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "春日部 健康茶");
        String csv = """
                \uFEFFaffiliate_id,family,given,family_kana,given_kana,email,phone,postal_code,region,locality,line1,line2
                aff-0042,佐藤,健,サトウ,ケン,ken.sato.blog@gmail.com,090-5521-8830,330-0846,埼玉県,さいたま市大宮区,大門町2-118,大宮パークハイツ804
                a8-77120,鈴木,由美,スズキ,ユミ,yumi.review@yahoo.co.jp,,,,,,
                """;

        importCsv(merchant.id(), csv).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.lines").isEqualTo(2)
                .jsonPath("$.registered").isEqualTo(2)
                .jsonPath("$.replaced").isEqualTo(0);

        assertThat(codes(screen(merchant, "KS-1"))).contains("AFFILIATE_SELF_REFERRAL");
        shared.get().admin().get().uri("/admin/merchants/{id}/affiliates/{a}", merchant.id(), "a8-77120").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.identities").isEqualTo(List.of("email"));

        importCsv(merchant.id(), """
                affiliate_id,email
                a8-77120,yumi.review@yahoo.co.jp
                a8-90001,not-a-mailbox
                aff-0042,k.sato.2026@outlook.jp
                aff-0042,ken.sato.blog@gmail.com
                """).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").value(type -> assertThat((String) type).endsWith("invalid-csv"))
                .jsonPath("$.errors[0].field").isEqualTo("affiliate_id")
                .jsonPath("$.errors[0].detail").isEqualTo("line 5: the same affiliate as line 4")
                .jsonPath("$.errors[1].field").isEqualTo("email")
                .jsonPath("$.errors[1].detail").isEqualTo("line 3: not an email address that can receive mail");
        importCsv(merchant.id(), "affiliate_id,bank\naff-0042,みずほ\n").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("bank");

        assertThat(codes(screen(merchant, "KS-2"))).as("nothing of the refused files registered").contains("AFFILIATE_SELF_REFERRAL");
        importCsv(merchant.id(), "affiliate_id,email\naff-0042,k.sato.2026@outlook.jp\n").expectStatus().isOk()
                .expectBody().jsonPath("$.registered").isEqualTo(0).jsonPath("$.replaced").isEqualTo(1);
        assertThat(codes(screen(merchant, "KS-3"))).doesNotContain("AFFILIATE_SELF_REFERRAL");
    }

    @Test
    void aMerchantKeyNeverOpensTheAffiliateAdmin() {
        NewMerchant merchant = NewMerchant.create(shared.get().client(), "熊谷 食品");

        shared.get().client().put().uri("/admin/merchants/{id}/affiliates/{a}", merchant.id(), "aff-0042")
                .header("Authorization", "Bearer " + merchant.apiKey())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(SATO_KEN).exchange()
                .expectStatus().isUnauthorized();
        shared.get().client().get().uri("/admin/merchants/{id}/affiliates", merchant.id()).exchange()
                .expectStatus().isUnauthorized();
    }

    private static WebTestClient.ResponseSpec put(String merchantId, String affiliateId, String body) {
        return shared.get().admin().put().uri("/admin/merchants/{id}/affiliates/{a}", merchantId, affiliateId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static WebTestClient.ResponseSpec importCsv(String merchantId, String csv) {
        return shared.get().admin().post().uri("/admin/merchants/{id}/affiliates", merchantId)
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv).exchange();
    }

    private static String screen(NewMerchant merchant, String orderId) {
        return screen(merchant, orderId, "ken.sato.blog@gmail.com");
    }

    private static String screen(NewMerchant merchant, String orderId, String email) {
        return new String(shared.get().client().post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + merchant.apiKey())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Orders.order(orderId, email))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
    }

    private static List<String> codes(String answer) {
        return JsonPath.read(answer, "$.reasons[*].code");
    }
}
