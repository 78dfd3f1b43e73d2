package jp.mamori.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jp.mamori.connector.Decision;
import jp.mamori.connector.Reason;
import jp.mamori.connector.Recommendation;
import jp.mamori.connector.ScreenedContent;
import jp.mamori.connector.ScreeningResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DecisionWriteBackTest {

    private static final String ORDER = "/wp-json/wc/v3/orders/5123";
    private static final String NOTES = ORDER + "/notes";
    private static final String SCREENING_ID = "scr_01JV2K8N4M7QX3T5Z9B1C6D0EF";
    private static final ScreenedContent CONTENT = new ScreenedContent("088c067e4f28d619e977ad85176b6719b191212f2166d73cb13f21d83f8398d1");
    private static final List<Reason> REASONS = List.of(
            new Reason("EMAIL_DISPOSABLE_DOMAIN", 30, "The e-mail address uses a disposable domain.", "メールアドレスが使い捨てドメインです。"),
            new Reason("SHIPPING_FORWARDER", 34, "The shipping address is an overseas forwarding service.", "配送先が海外転送サービスの住所です。"));

    private static WireMockServer shop;
    private final JsonMapper json = JsonMapper.builder().build();
    private ShopSettings settings;

    @BeforeAll
    static void startShop() {
        shop = FakeShop.start();
    }

    @AfterAll
    static void stopShop() {
        shop.stop();
    }

    @BeforeEach
    void resetShop() {
        shop.resetAll();
        settings = FakeShop.settings(shop);
        shop.stubFor(put(urlEqualTo(ORDER)).willReturn(okJson("{\"id\":5123,\"status\":\"on-hold\"}")));
        shop.stubFor(get(urlPathEqualTo(NOTES)).inScenario("notes").whenScenarioStateIs(STARTED).willReturn(okJson("[]")));
        shop.stubFor(post(urlEqualTo(NOTES)).inScenario("notes").willSetStateTo("noted")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":881,\"author\":\"WooCommerce\",\"customer_note\":false}")));
        shop.stubFor(get(urlPathEqualTo(NOTES)).inScenario("notes").whenScenarioStateIs("noted")
                .willReturn(okJson("[{\"id\":881,\"author\":\"WooCommerce\",\"date_created\":\"2026-05-14T21:05:02\","
                        + "\"note\":\"[Mamori " + SCREENING_ID + "]\\n\\u5224\\u5b9a: ...\",\"customer_note\":false}]")));
    }

    private static ScreeningResult result(Decision decision, int score) {
        return new ScreeningResult(SCREENING_ID, "woo-5123", decision, score, decision == Decision.OK ? List.of() : REASONS,
                Recommendation.NONE, "policy-2026-05-01", Instant.parse("2026-05-14T12:05:00Z"));
    }

    /** A write-back of a screening that may have been written back before (a replayed one). */
    private WriteBackResult writeBack(ShopSettings shopSettings, ScreeningResult result) {
        return new DecisionWriteBack(new WooCommerceClient(shopSettings), shopSettings).writeBack(5123, result, CONTENT, false);
    }

    /** The write-back of a screening made just now. */
    private WriteBackResult writeBackFresh(ScreeningResult result) {
        return new DecisionWriteBack(new WooCommerceClient(settings), settings).writeBack(5123, result, CONTENT, true);
    }

    private JsonNode onlyBody(List<LoggedRequest> requests) {
        assertThat(requests).hasSize(1);
        return json.readTree(requests.get(0).getBodyAsString());
    }

    private static String meta(String decision, String score) {
        return "[{\"key\":\"_mamori_decision\",\"value\":\"" + decision + "\"},"
                + "{\"key\":\"_mamori_score\",\"value\":\"" + score + "\"},"
                + "{\"key\":\"_mamori_screening_id\",\"value\":\"" + SCREENING_ID + "\"},"
                + "{\"key\":\"_mamori_fingerprint\",\"value\":\"" + CONTENT.fingerprint() + "\"}]";
    }

    @Test
    void reviewHoldsTheOrderWritesMetaAndAPrivateJapaneseNote() {
        WriteBackResult outcome = writeBack(settings, result(Decision.REVIEW, 64));

        assertThat(outcome).isEqualTo(WriteBackResult.done(true));
        shop.verify(1, putRequestedFor(urlEqualTo(ORDER))
                .withHeader("Authorization", equalTo(FakeShop.BASIC))
                .withHeader("Content-Type", matching("application/json.*"))
                .withRequestBody(equalToJson("{\"status\":\"on-hold\",\"meta_data\":" + meta("REVIEW", "64") + "}")));
        shop.verify(1, getRequestedFor(urlEqualTo(NOTES + "?type=internal")).withHeader("Authorization", equalTo(FakeShop.BASIC)));
        JsonNode note = onlyBody(shop.findAll(postRequestedFor(urlEqualTo(NOTES)).withHeader("Authorization", equalTo(FakeShop.BASIC))));
        assertThat(note.get("customer_note").asBoolean()).isFalse();
        assertThat(note.get("note").asString()).isEqualTo("""
                [Mamori scr_01JV2K8N4M7QX3T5Z9B1C6D0EF]
                判定: 要確認（REVIEW）スコア 64
                理由:
                ・メールアドレスが使い捨てドメインです。 (EMAIL_DISPOSABLE_DOMAIN)
                ・配送先が海外転送サービスの住所です。 (SHIPPING_FORWARDER)
                対応: 注文を保留にしました。内容を確認してから発送してください。""");
    }

    @Test
    void okOnlyWritesMetaAndANoteLeavingTheStatusAlone() {
        assertThat(writeBack(settings, result(Decision.OK, 8)).outcome()).isEqualTo(WriteBackResult.Outcome.DONE);

        JsonNode update = onlyBody(shop.findAll(putRequestedFor(urlEqualTo(ORDER))));
        assertThat(update.has("status")).isFalse();
        assertThat(update.get("meta_data")).isEqualTo(json.readTree(meta("OK", "8")));
        assertThat(onlyBody(shop.findAll(postRequestedFor(urlEqualTo(NOTES)))).get("note").asString())
                .contains("判定: 問題なし（OK）スコア 8", "・なし", "対応: ステータスは変更していません。");
    }

    @Test
    void ngHoldsByDefault() {
        writeBack(settings, result(Decision.NG, 91));
        assertThat(onlyBody(shop.findAll(putRequestedFor(urlEqualTo(ORDER)))).get("status").asString()).isEqualTo("on-hold");
    }

    @Test
    void ngCancelsWhenTheShopOptsIn() {
        writeBack(settings.withOnDecision(Decision.NG, WriteBackAction.CANCEL), result(Decision.NG, 91));

        assertThat(onlyBody(shop.findAll(putRequestedFor(urlEqualTo(ORDER))))).isEqualTo(
                json.readTree("{\"status\":\"cancelled\",\"meta_data\":" + meta("NG", "91") + "}"));
        assertThat(onlyBody(shop.findAll(postRequestedFor(urlEqualTo(NOTES)))).get("note").asString())
                .contains("不正の疑い（NG）", "対応: 注文をキャンセルしました。");
    }

    @Test
    void onlyNgMayCancelAndOkNeverChangesTheStatus() {
        assertThatThrownBy(() -> settings.withOnDecision(Decision.REVIEW, WriteBackAction.CANCEL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withOnDecision(Decision.OK, WriteBackAction.HOLD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notesCanBeWrittenInEnglish() {
        writeBack(settings.withNotesInEnglish(true), result(Decision.REVIEW, 64));
        assertThat(onlyBody(shop.findAll(postRequestedFor(urlEqualTo(NOTES)))).get("note").asString()).isEqualTo("""
                [Mamori scr_01JV2K8N4M7QX3T5Z9B1C6D0EF]
                Decision: REVIEW (score 64)
                Reasons:
                - The e-mail address uses a disposable domain. (EMAIL_DISPOSABLE_DOMAIN)
                - The shipping address is an overseas forwarding service. (SHIPPING_FORWARDER)
                Action: order put on hold; check it before shipping.""");
    }

    @Test
    void aReplayAfterACrashNeverAddsASecondNote() {
        assertThat(writeBack(settings, result(Decision.REVIEW, 64))).isEqualTo(WriteBackResult.done(true));
        // The worker died before recording success; the inbox replays the same screening with a new client.
        assertThat(writeBack(settings, result(Decision.REVIEW, 64))).isEqualTo(WriteBackResult.done(false));

        shop.verify(2, putRequestedFor(urlEqualTo(ORDER)));
        shop.verify(1, postRequestedFor(urlEqualTo(NOTES)));
    }

    @Test
    void aNotePostThatTimedOutButWasSavedIsFoundInsteadOfRepeated() {
        // The shop saves the note but answers after the read timeout: the retry must see it, not post again.
        shop.stubFor(post(urlEqualTo(NOTES)).inScenario("notes").willSetStateTo("noted")
                .willReturn(aResponse().withStatus(201).withFixedDelay(FakeShop.BEYOND_READ_TIMEOUT).withBody("{\"id\":881}")));

        WriteBackResult outcome = writeBack(settings, result(Decision.REVIEW, 64));

        assertThat(outcome).isEqualTo(WriteBackResult.done(false));
        shop.verify(1, postRequestedFor(urlEqualTo(NOTES)));
        shop.verify(2, getRequestedFor(urlEqualTo(NOTES + "?type=internal")));
    }

    @Test
    void aScreeningMadeJustNowIsNotedWithoutLookingForItsNoteFirst() {
        assertThat(writeBackFresh(result(Decision.REVIEW, 64))).isEqualTo(WriteBackResult.done(true));

        shop.verify(1, putRequestedFor(urlEqualTo(ORDER)));
        shop.verify(0, getRequestedFor(urlPathEqualTo(NOTES)));
        shop.verify(1, postRequestedFor(urlEqualTo(NOTES)));
    }

    @Test
    void aScreeningMadeJustNowStillLooksForItsNoteBeforeRetryingAPostThatTimedOut() {
        shop.stubFor(post(urlEqualTo(NOTES)).inScenario("notes").willSetStateTo("noted")
                .willReturn(aResponse().withStatus(201).withFixedDelay(FakeShop.BEYOND_READ_TIMEOUT).withBody("{\"id\":881}")));

        assertThat(writeBackFresh(result(Decision.REVIEW, 64))).isEqualTo(WriteBackResult.done(false));

        shop.verify(1, postRequestedFor(urlEqualTo(NOTES)));
        shop.verify(1, getRequestedFor(urlEqualTo(NOTES + "?type=internal")));
    }

    @Test
    void aNonHttpsBaseUrlIsRefusedWithoutTheTestFlag() {
        ShopSettings real = ShopSettings.of("shibuya-tea", URI.create("https://shibuya-tea.example.jp"),
                new ShopCredentials(FakeShop.CONSUMER_KEY, FakeShop.CONSUMER_SECRET), settings.webhookSecrets());
        assertThatThrownBy(() -> ShopSettings.of("plain", URI.create("http://shibuya-tea.example.jp"),
                real.credentials(), real.webhookSecrets()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
        assertThat(real.toString()).doesNotContain(FakeShop.CONSUMER_SECRET).doesNotContain(FakeShop.CONSUMER_KEY);
        assertThat(real.credentials().toString()).doesNotContain(FakeShop.CONSUMER_SECRET);
    }
}
