package jp.mamori.gateway.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.RunningGateway;
import jp.mamori.gateway.SharedGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Providers' events end to end on a started gateway: authorizations answered, then Stripe disputes, Adyen
 * notifications and GMO-PG result notifications posted as the providers sign and send them, and what they change.
 */
class PspEventsTest {

    private static final String STRIPE_SECRET = "whsec_pspEventsTest9f3a1c";
    private static final String ADYEN_KEY = "44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056";
    private static final String GMO_TOKEN = "3b8f0c1d9e2a4f6b8c0d2e4f6a8b0c1d3e5f7a9b";

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway();
    private static RunningGateway gateway;
    private static WebTestClient client;
    private static NewMerchant kyotoTea;
    private static NewMerchant osakaSweets;

    @BeforeAll
    static void start() {
        gateway = shared.get();
        client = gateway.client().mutate().responseTimeout(Duration.ofSeconds(20)).build();
        kyotoTea = NewMerchant.create(client, "Kyoto Tea");
        osakaSweets = NewMerchant.create(client, "Osaka Sweets");
        PspFixtures.warmUp(client, NewMerchant.create(client, "Warm-up"));
        putAccount("kyoto-stripe", "{\"provider\": \"stripe\", \"merchant_id\": \"" + kyotoTea.id()
                + "\", \"webhook_secrets\": [\"whsec_old_one\", \"" + STRIPE_SECRET + "\"]}");
        putAccount("kyoto-adyen", "{\"provider\": \"adyen\", \"merchant_id\": \"" + kyotoTea.id()
                + "\", \"merchant_accounts\": [\"KyotoTeaJP\"], \"hmac_keys\": [\"" + ADYEN_KEY + "\"], \"basic_auth\": {\"username\": \"adyen-kyoto\", \"password\": \"p4ss\"}}");
        putAccount("kyoto-gmo", "{\"provider\": \"gmo-pg\", \"merchant_id\": \"" + kyotoTea.id()
                + "\", \"shop_id\": \"tshop00054321\", \"url_token\": \"" + GMO_TOKEN + "\"}");
    }

    @Test
    void aStripeDisputeForFraudSentFourTimesIsOneChargebackAndListsTheBuyerForEveryMerchant() {
        Map<String, Object> first = authorize(kyotoTea, order("KT-2001", "ck_dispute_1", "1111", "stripe", "pi_3QdisputeA1"));
        assertThat(first).containsEntry("action", "accept");
        String screeningId = (String) first.get("screening_id");
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT COUNT(*) FROM authorizations WHERE screening_id = '"
                + screeningId + "'") == 1);

        String dispute = stripeEvent("evt_1QdisputeA1", "charge.dispute.created",
                "{\"id\": \"dp_1QdisputeA1\", \"object\": \"dispute\", \"amount\": 12800, \"currency\": \"jpy\", "
                        + "\"charge\": \"ch_3QdisputeA1\", \"payment_intent\": \"pi_3QdisputeA1\", \"reason\": \"fraudulent\", "
                        + "\"status\": \"needs_response\"}");
        assertThat(postStripe(dispute)).isEqualTo("{\"result\":\"stored\"}");
        for (int redelivery = 0; redelivery < 3; redelivery++) {
            assertThat(postStripe(dispute)).isEqualTo("{\"result\":\"duplicate\"}");
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> feedbackOf(kyotoTea, screeningId).size() == 1);
        Map<String, Object> feedback = feedbackOf(kyotoTea, screeningId).get(0);
        assertThat(feedback).containsEntry("type", "chargeback").containsEntry("source", "stripe");
        assertThat((String) feedback.get("received_at")).isNotBlank();
        long listed = count("SELECT COUNT(*) FROM negative_list WHERE screening_id = '" + screeningId + "'");
        assertThat(listed).isPositive();

        // Another merchant, the same person (email, phone, address) with another card and device.
        Map<String, Object> elsewhere = authorize(osakaSweets, order("OS-7001", "ck_other_device", "4242", "adyen", "8815329842815999"));
        assertThat(elsewhere).containsEntry("decision", "NG").containsEntry("action", "deny");
        assertThat(elsewhere.toString()).contains("NEGATIVE_LIST_MATCH").doesNotContain(kyotoTea.id(), "Kyoto");
        assertThat(count("SELECT COUNT(*) FROM screening_feedback WHERE screening_id = '" + screeningId + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM negative_list WHERE screening_id = '" + screeningId + "'")).isEqualTo(listed);
    }

    @Test
    void aDisputeForAnotherReasonIsRecordedAndListsNothing() {
        String screeningId = (String) authorize(kyotoTea, PspFixtures.order(PspFixtures.HONDA, "KT-2002", "ck_dispute_2", "2222", "stripe", "pi_3QdisputeB2",
                "mika.honda@example.jp", "080-5150-2233")).get("screening_id");
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT COUNT(*) FROM authorizations WHERE screening_id = '"
                + screeningId + "'") == 1);

        postStripe(stripeEvent("evt_1QdisputeB2", "charge.dispute.created", "{\"id\": \"dp_1QdisputeB2\", \"object\": \"dispute\", "
                + "\"charge\": \"ch_3QdisputeB2\", \"payment_intent\": \"pi_3QdisputeB2\", \"reason\": \"product_not_received\"}"));

        await().atMost(Duration.ofSeconds(15)).until(() -> feedbackOf(kyotoTea, screeningId).size() == 1);
        assertThat(feedbackOf(kyotoTea, screeningId).get(0)).containsEntry("type", "dispute").containsEntry("source", "stripe");
        assertThat(count("SELECT COUNT(*) FROM negative_list WHERE screening_id = '" + screeningId + "'")).isZero();
    }

    @Test
    void stripeEventsThatAreNotSignedNowWithAConfiguredSecretAreRefused() {
        String event = stripeEvent("evt_1Qrefused", "radar.early_fraud_warning.created",
                "{\"id\": \"issfr_1\", \"charge\": \"ch_x\", \"payment_intent\": \"pi_x\", \"fraud_type\": \"stolen_card\"}");
        long now = Instant.now().getEpochSecond();

        stripePost("kyoto-stripe", event, ProviderSigning.stripe("whsec_unknown", now, event)).expectStatus().isUnauthorized();
        stripePost("kyoto-stripe", event, ProviderSigning.stripe(STRIPE_SECRET, now - 600, event)).expectStatus().isUnauthorized();
        stripePost("kyoto-stripe", event, null).expectStatus().isUnauthorized();
        stripePost("kyoto-stripe", event + " ", ProviderSigning.stripe(STRIPE_SECRET, now, event)).expectStatus().isUnauthorized();
        stripePost("no-such-account", event, ProviderSigning.stripe(STRIPE_SECRET, now, event)).expectStatus().isNotFound();
        client.post().uri("/hooks/psp/adyen/kyoto-stripe").contentType(MediaType.APPLICATION_JSON).bodyValue(event)
                .exchange().expectStatus().isNotFound();
        assertThat(count("SELECT COUNT(*) FROM inbox WHERE resource_id = 'evt_1Qrefused'")).isZero();
        assertThat(refused("stripe", "invalid")).isGreaterThanOrEqualTo(2);
        assertThat(refused("stripe", "expired")).isGreaterThanOrEqualTo(1);

        // Signed with the older of the two secrets, as while one is rolled: taken.
        stripePost("kyoto-stripe", event, ProviderSigning.stripe("whsec_old_one", now, event)).expectStatus().isOk();
        String ignored = stripeEvent("evt_1Qignored", "customer.created", "{\"id\": \"cus_1\"}");
        assertThat(postStripe(ignored)).isEqualTo("{\"result\":\"ignored\"}");
    }

    @Test
    void anAdyenCardTestingBurstMakesTheNextAuthorizationFromThatDeviceNoAccept() {
        // Two devices try the same way: four authorizations each, one card each. Adyen then refuses the four of the
        // first device; only that device's next authorization may be held.
        for (int i = 1; i <= 4; i++) {
            assertThat(authorize(kyotoTea, PspFixtures.order(PspFixtures.MORI, "KT-31" + i, "ck_tester_1", "5100", "adyen", "99131407982200" + (10 + i),
                    "yuki.mori" + i + "@example.jp", "080-3100-00" + (10 + i)))).containsEntry("action", "accept");
            assertThat(authorize(kyotoTea, PspFixtures.order(PspFixtures.KUDO, "KT-32" + i, "ck_twin_2", "5200", "adyen", "99131407982300" + (10 + i),
                    "aoi.kudo" + i + "@example.jp", "080-3200-00" + (10 + i)))).containsEntry("action", "accept");
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                count("SELECT COUNT(*) FROM authorizations WHERE psp_reference LIKE '99131407982200%'") == 4);

        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            String psp = "99131407982200" + (10 + i);
            items.append(i == 1 ? "" : ",").append(PspFixtures.adyenItem(psp, "", "KT-31" + i, 3000, "AUTHORISATION", "false", ADYEN_KEY));
        }
        assertThat(postAdyen(items.toString(), "adyen-kyoto:p4ss").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).isEqualTo("[accepted]");
        await().atMost(Duration.ofSeconds(15)).until(() -> count("SELECT COUNT(*) FROM inbox WHERE platform = 'psp-adyen' "
                + "AND resource_id LIKE '99131407982200%' AND status = 'DONE'") == 4);

        Map<String, Object> next = authorize(kyotoTea, PspFixtures.order(PspFixtures.MORI, "KT-3199", "ck_tester_1", "5100", "adyen", "9913140798229999",
                "yuki.mori9@example.jp", "080-3100-0099"));
        assertThat(next.get("action")).isNotEqualTo("accept");
        assertThat(next.toString()).contains("CARD_TESTING_DECLINES");
        assertThat(authorize(kyotoTea, PspFixtures.order(PspFixtures.KUDO, "KT-3299", "ck_twin_2", "5200", "adyen", "9913140798239999",
                "aoi.kudo9@example.jp", "080-3200-0099"))).containsEntry("action", "accept");
    }

    @Test
    void anAdyenBatchKeepsItsSignedItemsAndDropsAForgedOne() {
        String valid = PspFixtures.adyenItem("8815329842810001", "", "KT-4001", 5000, "AUTHORISATION", "false", ADYEN_KEY);
        String forged = PspFixtures.adyenItem("8815329842810002", "", "KT-4002", 5000, "CHARGEBACK", "true",
                "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF");
        double before = refused("adyen", "invalid");

        assertThat(postAdyen(valid + "," + forged, "adyen-kyoto:p4ss").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).isEqualTo("[accepted]");

        assertThat(count("SELECT COUNT(*) FROM inbox WHERE resource_id LIKE '8815329842810001%'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox WHERE resource_id LIKE '8815329842810002%'")).isZero();
        assertThat(refused("adyen", "invalid")).isEqualTo(before + 1);
        postAdyen(forged, "adyen-kyoto:p4ss").expectStatus().isUnauthorized();
        postAdyen(valid, "adyen-kyoto:wrong").expectStatus().isUnauthorized();
        postAdyen(valid, null).expectStatus().isUnauthorized();
    }

    @Test
    void aGenuineAdyenItemOfAnotherMerchantAccountIsAcknowledgedAndNotApplied() {
        String elsewhere = PspFixtures.adyenItem("8815329842810077", "", "KT-4077", 5000, "AUTHORISATION", "false", ADYEN_KEY)
                .replace("KyotoTeaJP", "SomeoneElseJP");
        String signedForIt = elsewhere.replaceFirst("\"hmacSignature\": \"[^\"]+\"", "\"hmacSignature\": \""
                + ProviderSigning.adyen(ADYEN_KEY, "8815329842810077", "", "SomeoneElseJP", "KT-4077", 5000, "JPY",
                "AUTHORISATION", "false") + "\"");
        double before = refused("adyen", "merchant_account");

        assertThat(postAdyen(signedForIt, "adyen-kyoto:p4ss").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).isEqualTo("[accepted]");

        assertThat(refused("adyen", "merchant_account")).isEqualTo(before + 1);
        assertThat(count("SELECT COUNT(*) FROM inbox WHERE resource_id LIKE '8815329842810077%'")).isZero();
    }

    @Test
    void aFailedChargeAndItsFailedPaymentIntentAreOneDecline() {
        postStripe(stripeEvent("evt_1Qfailed1", "charge.failed", "{\"id\": \"ch_3Qfailed1\", \"object\": \"charge\", "
                + "\"amount\": 300, \"currency\": \"jpy\", \"payment_intent\": \"pi_3Qfailed1\", \"outcome\": {\"reason\": "
                + "\"do_not_honor\"}, \"payment_method_details\": {\"card\": {\"fingerprint\": \"fpQfailed1\", "
                + "\"last4\": \"9995\", \"country\": \"JP\"}}}"));
        postStripe(stripeEvent("evt_1Qfailed2", "payment_intent.payment_failed", "{\"id\": \"pi_3Qfailed1\", "
                + "\"object\": \"payment_intent\", \"amount\": 300, \"currency\": \"jpy\", \"last_payment_error\": "
                + "{\"charge\": \"ch_3Qfailed1\", \"decline_code\": \"do_not_honor\", \"payment_method\": {\"card\": "
                + "{\"fingerprint\": \"fpQfailed1\", \"last4\": \"9995\"}}}}"));

        await().atMost(Duration.ofSeconds(15)).until(() -> count("SELECT COUNT(*) FROM inbox WHERE platform = 'psp-stripe' "
                + "AND resource_id IN ('evt_1Qfailed1', 'evt_1Qfailed2') AND status = 'DONE'") == 2);
        assertThat(count("SELECT COUNT(*) FROM psp_declines WHERE card_last4 = '9995'")).isEqualTo(1);
    }

    @Test
    void aGmoPgErrorNotificationInShiftJisCountsAsADeclineOnceAndIsAnsweredZero() throws IOException, InterruptedException {
        Charset sjis = Charset.forName("windows-31j");
        String form = "ShopID=tshop00054321&ShopPass=**********&AccessID=f0e1d2c3b4a5968778695a4b3c2d1e0f&OrderID=KT-5001"
                + "&Status=UNPROCESSED&JobCd=AUTH&Amount=3000&Tax=300&TranDate=20261120183000&ErrCode=G12&ErrInfo=42G120000"
                + "&ClientField1=" + URLEncoder.encode("お茶", sjis);

        for (int sent = 0; sent < 2; sent++) {
            assertThat(postGmo("kyoto-gmo", GMO_TOKEN, form).expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody()).isEqualTo("0");
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> count("SELECT COUNT(*) FROM inbox WHERE platform = 'psp-gmo-pg' "
                + "AND status = 'DONE'") == 1);
        // GMO-PG tells nothing of the card: its declines are the ones without a BIN or last four digits.
        assertThat(count("SELECT COUNT(*) FROM psp_declines WHERE card_bin IS NULL AND card_last4 IS NULL")).isEqualTo(1);
        // Another attempt on the order, a minute later: another decline.
        postGmo("kyoto-gmo", GMO_TOKEN, form.replace("20261120183000", "20261120183100")).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(15)).until(() -> count("SELECT COUNT(*) FROM psp_declines WHERE card_bin IS NULL AND card_last4 IS NULL") == 2);
        postGmo("kyoto-gmo", GMO_TOKEN.replace('3', '4'), form).expectStatus().isForbidden();
        postGmo("kyoto-gmo", GMO_TOKEN, form.replace("tshop00054321", "tshop00099999")).expectStatus().isForbidden();
        postGmo("kyoto-gmo", GMO_TOKEN, "ShopID=tshop00054321&Status=CAPTURE").expectStatus().isBadRequest();
        postGmo("kyoto-gmo", GMO_TOKEN, form + "&ClientField2=%zz").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("body");
        // Sent by hand: Spring's own client will not send a charset it does not know.
        HttpResponse<String> unknownCharset = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(gateway.baseUrl() + "/hooks/psp/gmo-pg/kyoto-gmo?token=" + GMO_TOKEN))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=x-no-such-charset")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknownCharset.statusCode()).isEqualTo(400);
        assertThat(unknownCharset.body()).contains("\"field\":\"Content-Type\"");
    }

    @Test
    void aDisputeForAPaymentNoScreeningMatchesIsKeptAndRetriedNamingItsReferences() {
        postStripe(stripeEvent("evt_1Qunmatched", "charge.dispute.created", "{\"id\": \"dp_1Qunmatched\", "
                + "\"charge\": \"ch_3Qunmatched\", \"payment_intent\": \"pi_3Qunmatched\", \"reason\": \"fraudulent\"}"));

        await().atMost(Duration.ofSeconds(15)).until(() -> count("SELECT COUNT(*) FROM inbox WHERE resource_id = 'evt_1Qunmatched' "
                + "AND status = 'PENDING' AND attempts >= 1 AND last_error LIKE '%pi_3Qunmatched%'") == 1);
    }

    @Test
    void aPspAccountReadsBackWithoutItsSecrets() {
        String read = gateway.admin().get().uri("/admin/psp-accounts/kyoto-adyen").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(read).contains("\"provider\":\"adyen\"", "\"hmac_keys\":1", "adyen-kyoto").doesNotContain(ADYEN_KEY, "p4ss");
        assertThat(gateway.admin().get().uri("/admin/psp-accounts/kyoto-gmo").exchange().expectBody(String.class)
                .returnResult().getResponseBody()).contains("tshop00054321").doesNotContain(GMO_TOKEN);
        gateway.admin().put().uri("/admin/psp-accounts/bad").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"provider\": \"stripe\", \"merchant_id\": \"nobody\", \"webhook_secrets\": [\"whsec_x\"]}")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("merchant_id");
        gateway.admin().put().uri("/admin/psp-accounts/bad").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"provider\": \"adyen\", \"merchant_id\": \"" + kyotoTea.id() + "\", \"merchant_accounts\": [\"KyotoTeaJP\"], \"hmac_keys\": [\"xyz\"]}")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("hmac_keys[0]");
        client.get().uri("/admin/psp-accounts/kyoto-adyen").exchange().expectStatus().isUnauthorized();
        putAccount("short-lived", "{\"provider\": \"stripe\", \"merchant_id\": \"" + kyotoTea.id()
                + "\", \"webhook_secrets\": [\"whsec_x\"]}");
        gateway.admin().delete().uri("/admin/psp-accounts/short-lived").exchange().expectStatus().isNoContent();
        gateway.admin().get().uri("/admin/psp-accounts/short-lived").exchange().expectStatus().isNotFound();
        stripePost("short-lived", "{}", ProviderSigning.stripe("whsec_x", Instant.now().getEpochSecond(), "{}"))
                .expectStatus().isNotFound();
    }

    // --- the provider's side

    private static String stripeEvent(String id, String type, String object) {
        return "{\"id\": \"" + id + "\", \"object\": \"event\", \"api_version\": \"2024-06-20\", \"created\": "
                + Instant.now().getEpochSecond() + ", \"livemode\": false, \"type\": \"" + type + "\", \"data\": {\"object\": "
                + object + "}}";
    }

    private static String postStripe(String event) {
        return stripePost("kyoto-stripe", event, ProviderSigning.stripe(STRIPE_SECRET, Instant.now().getEpochSecond(), event))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static WebTestClient.ResponseSpec stripePost(String account, String event, String signature) {
        WebTestClient.RequestBodySpec post = client.post().uri("/hooks/psp/stripe/" + account).contentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            post = post.header("Stripe-Signature", signature);
        }
        return post.bodyValue(event).exchange();
    }

    private static WebTestClient.ResponseSpec postAdyen(String items, String basicAuth) {
        WebTestClient.RequestBodySpec post = client.post().uri("/hooks/psp/adyen/kyoto-adyen").contentType(MediaType.APPLICATION_JSON);
        if (basicAuth != null) {
            post = post.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basicAuth.getBytes()));
        }
        return post.bodyValue("{\"live\": \"false\", \"notificationItems\": [" + items + "]}").exchange();
    }

    private static WebTestClient.ResponseSpec postGmo(String account, String token, String form) {
        return client.post().uri("/hooks/psp/gmo-pg/" + account + "?token=" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(form).exchange();
    }

    // --- the merchant's side

    private static void putAccount(String id, String body) {
        gateway.admin().put().uri("/admin/psp-accounts/" + id).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk();
    }

    private static String order(String orderId, String cookie, String last4, String provider, String reference) {
        return PspFixtures.order(PspFixtures.NISHIDA, orderId, cookie, last4, provider, reference, "haruka.nishida@example.jp",
                "090-7745-1203");
    }

    private static Map<String, Object> authorize(NewMerchant merchant, String body) {
        return client.post().uri("/v1/authorizations").header("Authorization", "Bearer " + merchant.apiKey())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> feedbackOf(NewMerchant merchant, String screeningId) {
        Map<String, Object> screening = client.get().uri("/v1/screenings/" + screeningId)
                .header("Authorization", "Bearer " + merchant.apiKey()).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        return (List<Map<String, Object>>) screening.get("feedback");
    }

    private static long count(String sql) {
        return gateway.bean(DatabaseClient.class).sql(sql).map(row -> ((Number) row.get(0)).longValue()).one()
                .block(Duration.ofSeconds(5));
    }

    private static double refused(String provider, String reason) {
        var counter = gateway.bean(MeterRegistry.class).find("mamori.psp.events.refused")
                .tag("provider", provider).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
