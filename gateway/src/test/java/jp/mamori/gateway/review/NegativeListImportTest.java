package jp.mamori.gateway.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.RunningGateway;
import jp.mamori.gateway.SharedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code POST /admin/merchants/{id}/negative-list}: an initial list from CSV, keyed on arrival, matched by every merchant. */
class NegativeListImportTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();

    @Test
    void importedFraudstersAreRefusedAtEveryMerchantAndOnlyTheirKeysAreStored() {
        String source = merchantId("越後 米穀");
        String csv = """
                email,phone,family,given,family_kana,given_kana,reason
                %s,%s,佐藤,健二,サトウ,ケンジ,chargeback 2025
                """.formatted(Buyer.SATO.email(), Buyer.SATO.phone());

        upload(source, csv).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.lines").isEqualTo(1)
                .jsonPath("$.keys_listed").isEqualTo(3)
                .jsonPath("$.keys_already_listed").isEqualTo(0);

        String answer = Merchant.create(shared.get(), "那覇 泡盛").screen(Buyer.SATO.order("NH-1"));
        assertThat((String) JsonPath.read(answer, "$.decision")).isEqualTo("NG");
        assertThat((String) JsonPath.read(answer, "$.reasons[0].code")).isEqualTo("NEGATIVE_LIST_MATCH");

        List<Map<String, Object>> rows = shared.get().bean(DatabaseClient.class)
                .sql("SELECT kind, key_hash, reason FROM negative_list WHERE source_merchant = :merchant")
                .bind("merchant", source).fetch().all().collectList().block();
        assertThat(rows).extracting(row -> row.get("kind")).containsExactlyInAnyOrder("email", "phone", "kana_phone");
        assertThat(rows).allSatisfy(row -> {
            assertThat((String) row.get("key_hash")).matches("[0-9a-f]{64}");
            assertThat(row.get("reason")).isEqualTo("chargeback 2025");
        });
        // The whole number, as typed and as digits: four of its digits turn up in a hex hash one run in a few hundred.
        assertThat(rows.toString()).doesNotContain("kenji", Buyer.SATO.phone(), Buyer.SATO.phone().replace("-", ""), "佐藤", "サトウ");

        upload(source, csv).expectStatus().isOk()
                .expectBody().jsonPath("$.keys_listed").isEqualTo(0).jsonPath("$.keys_already_listed").isEqualTo(3);
    }

    @Test
    void aFileWithMistakesListsNothingAndNamesEachLine() {
        String source = merchantId("信州 蕎麦");
        String csv = """
                email,phone,listed_until
                %s,,
                not-an-address,,
                ,なし,
                %s,,yesterday
                """.formatted(Buyer.TANAKA.email(), Buyer.ITO.email());

        upload(source, csv).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").value(type -> assertThat((String) type).endsWith("invalid-csv"))
                .jsonPath("$.errors[*].detail").value(details -> assertThat(details.toString())
                        .contains("line 5: " + ListedUntil.DETAIL)
                        .contains("line 3: not an email address")
                        .contains("line 4: not a phone number")
                        .doesNotContain("not-an-address", "yesterday", "なし"));

        Merchant.create(shared.get(), "松本 菓子").screen(Buyer.TANAKA.order("MT-1"), "OK");
    }

    @Test
    void onlyTheAdminTokenImportsCsvForAMerchantThatExists() {
        String source = merchantId("伊勢 海産");
        shared.get().client().post().uri("/admin/merchants/{id}/negative-list", source)
                .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                .contentType(CSV).bodyValue("email\na@example.jp\n").exchange()
                .expectStatus().isUnauthorized();
        upload("mer_nobody", "email\na@example.jp\n").expectStatus().isNotFound();
        shared.get().admin().post().uri("/admin/merchants/{id}/negative-list", source)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"email\": \"a@example.jp\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    private static WebTestClient.ResponseSpec upload(String merchantId, String csv) {
        return shared.get().admin().post().uri("/admin/merchants/{id}/negative-list", merchantId).contentType(CSV).bodyValue(csv).exchange();
    }

    private static String merchantId(String name) {
        return NewMerchant.create(shared.get().client(), name).id();
    }
}
