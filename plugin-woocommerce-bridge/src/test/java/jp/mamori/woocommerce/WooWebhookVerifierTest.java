package jp.mamori.woocommerce;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.mamori.connector.signature.Secret;
import jp.mamori.woocommerce.WooWebhookOutcome.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WooWebhookVerifierTest {

    /** A short order body exactly as PHP's json_encode writes it: \\u escapes for Japanese, \\/ for '/'. */
    private static final byte[] ORDER_BODY = ("{\"id\":7301,\"status\":\"processing\",\"currency\":\"JPY\",\"total\":\"5980\","
            + "\"billing\":{\"last_name\":\"\\u4f50\\u85e4\",\"first_name\":\"\\u82b1\\u5b50\",\"state\":\"JP27\"},"
            + "\"_links\":{\"self\":[{\"href\":\"https:\\/\\/osaka-zakka.example.jp\\/wp-json\\/wc\\/v3\\/orders\\/7301\"}]}}")
            .getBytes(UTF_8);
    private static final String CURRENT = "wc_sec_2026 N7#q&Lp*Zr";
    private static final String PREVIOUS = "wc_sec_2025 old <secret>";

    private final WooWebhookVerifier verifier = new WooWebhookVerifier(List.of(Secret.utf8(CURRENT), Secret.utf8(PREVIOUS)));

    /** The signature computed here with the JDK's own Mac, independently of the code under test. */
    private static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static WooWebhookHeaders headers(String topic, String signature) {
        Map<String, String> map = new HashMap<>();
        map.put("x-wc-webhook-topic", topic);
        map.put("X-WC-Webhook-Resource", topic == null ? null : topic.substring(0, topic.indexOf('.')));
        map.put("X-WC-Webhook-Event", topic == null ? null : topic.substring(topic.indexOf('.') + 1));
        map.put("X-WC-WEBHOOK-SIGNATURE", signature);
        map.put("X-WC-Webhook-ID", "12");
        map.put("X-WC-Webhook-Delivery-ID", "5f1c0a4c3e0b2d9a8f7e6d5c4b3a2918");
        map.put("X-WC-Webhook-Source", "https://osaka-zakka.example.jp/");
        return WooWebhookHeaders.from(map);
    }

    @Test
    void headerNamesAreMatchedIgnoringCase() {
        WooWebhookHeaders headers = headers("order.created", "c2ln");
        assertThat(headers.topic()).isEqualTo("order.created");
        assertThat(headers.resource()).isEqualTo("order");
        assertThat(headers.event()).isEqualTo("created");
        assertThat(headers.signature()).isEqualTo("c2ln");
        assertThat(headers.webhookId()).isEqualTo("12");
        assertThat(headers.deliveryId()).isEqualTo("5f1c0a4c3e0b2d9a8f7e6d5c4b3a2918");
        assertThat(headers.source()).isEqualTo("https://osaka-zakka.example.jp/");
    }

    @Test
    void theUnsignedPingIsAnsweredWith200() {
        WooWebhookOutcome outcome = verifier.verify("webhook_id=12".getBytes(UTF_8), WooWebhookHeaders.from(Map.of()));
        assertThat(outcome.kind()).isEqualTo(Kind.PING);
        assertThat(outcome.kind().httpStatus()).isEqualTo(200);
    }

    @Test
    void anOrderCreatedSignedWithTheCurrentSecretIsAnOrderEvent() {
        WooWebhookOutcome outcome = verifier.verify(ORDER_BODY, headers("order.created", sign(ORDER_BODY, CURRENT)));
        assertThat(outcome.kind()).isEqualTo(Kind.ORDER_EVENT);
        assertThat(outcome.topic()).isEqualTo("order.created");
        assertThat(outcome.orderId()).isEqualTo(7301L);
    }

    @Test
    void anOrderUpdatedSignedWithTheSecretBeingRotatedOutIsStillAccepted() {
        WooWebhookOutcome outcome = verifier.verify(ORDER_BODY, headers("order.updated", sign(ORDER_BODY, PREVIOUS)));
        assertThat(outcome.kind()).isEqualTo(Kind.ORDER_EVENT);
        assertThat(outcome.orderId()).isEqualTo(7301L);
    }

    @Test
    void theSignatureCoversTheBytesReceivedNotTheirMeaning() {
        // The same JSON with the name unescaped: equal once parsed, different bytes, so a different signature.
        byte[] reencoded = new String(ORDER_BODY, UTF_8).replace("\\u4f50\\u85e4", "佐藤").getBytes(UTF_8);
        WooWebhookOutcome outcome = verifier.verify(reencoded, headers("order.created", sign(ORDER_BODY, CURRENT)));
        assertThat(outcome.kind()).isEqualTo(Kind.INVALID_SIGNATURE);
    }

    @Test
    void aSignatureFromAnUnknownSecretIsInvalid() {
        WooWebhookOutcome outcome = verifier.verify(ORDER_BODY, headers("order.created", sign(ORDER_BODY, "someone else's")));
        assertThat(outcome.kind()).isEqualTo(Kind.INVALID_SIGNATURE);
        assertThat(outcome.kind().httpStatus()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 at all!", "AAAA", "   "})
    void aGarbledOrBlankSignatureNeverPasses(String signature) {
        Kind kind = verifier.verify(ORDER_BODY, headers("order.created", signature)).kind();
        assertThat(kind).isIn(Kind.INVALID_SIGNATURE, Kind.MISSING_SIGNATURE);
    }

    @Test
    void aJsonBodyWithoutSignatureIsMissingSignatureEvenWithTopicHeaders() {
        assertThat(verifier.verify(ORDER_BODY, headers("order.created", null)).kind()).isEqualTo(Kind.MISSING_SIGNATURE);
    }

    @Test
    void aSignedPingLookalikeIsNotAPing() {
        // With a signature present the ping shortcut is never taken: the delivery must name a topic.
        byte[] body = "webhook_id=12".getBytes(UTF_8);
        WooWebhookOutcome outcome = verifier.verify(body, headers(null, sign(body, CURRENT)));
        assertThat(outcome.kind()).isEqualTo(Kind.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"webhook_id=", "webhook_id=12&x=1", "webhook_id=abc", "id=12"})
    void onlyTheExactPingFormIsAPing(String body) {
        assertThat(verifier.verify(body.getBytes(UTF_8), WooWebhookHeaders.from(Map.of())).kind())
                .isEqualTo(Kind.MISSING_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"product.updated", "customer.created", "order.deleted", "order.restored", "action.woocommerce_payment_complete"})
    void otherTopicsAreIgnoredButAcknowledged(String topic) {
        WooWebhookOutcome outcome = verifier.verify(ORDER_BODY, headers(topic, sign(ORDER_BODY, CURRENT)));
        assertThat(outcome.kind()).isEqualTo(Kind.IGNORED);
        assertThat(outcome.kind().httpStatus()).isEqualTo(200);
        assertThat(outcome.topic()).isEqualTo(topic);
    }

    @Test
    void aSignedOrderBodyThatIsNotJsonIsMalformed() {
        byte[] body = "<html>maintenance</html>".getBytes(UTF_8);
        WooWebhookOutcome outcome = verifier.verify(body, headers("order.created", sign(body, CURRENT)));
        assertThat(outcome.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(outcome.kind().httpStatus()).isEqualTo(400);
        assertThat(outcome.detail()).doesNotContain("maintenance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "{\"status\":\"processing\"}", "{\"id\":\"7301\"}", "{\"id\":0}", "{\"id\":-4}", "{\"id\":73.5}"})
    void aSignedOrderBodyWithoutAnOrderIdIsMalformed(String json) {
        byte[] body = json.getBytes(UTF_8);
        assertThat(verifier.verify(body, headers("order.updated", sign(body, CURRENT))).kind()).isEqualTo(Kind.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":7301} {\"id\":7302}", "{\"id\":7301,\"id\":7302}", "{\"id\":7301,\"billing\":{\"a\":1,\"a\":2}}",
            "{\"id\":7301,\"billing\":{\"last_name\":}", "{\"id\":99999999999999999999}"})
    void aSignedBodyThatIsNotOneWellFormedObjectWithOneIdIsMalformed(String json) {
        byte[] body = json.getBytes(UTF_8);
        assertThat(verifier.verify(body, headers("order.updated", sign(body, CURRENT))).kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void anOrderTheTranslatorWouldRefuseIsStillAnOrderEventForTheWorkerToDeadLetter() {
        // No status, no total, no billing: nothing to screen, but answering 400 would count towards WooCommerce
        // disabling the webhook, and every later order of the shop would go unscreened.
        byte[] body = "{\"id\":7302,\"line_items\":[{\"sku\":\"4901234567894\"}]}".getBytes(UTF_8);
        WooWebhookOutcome outcome = verifier.verify(body, headers("order.created", sign(body, CURRENT)));
        assertThat(outcome.kind()).isEqualTo(Kind.ORDER_EVENT);
        assertThat(outcome.orderId()).isEqualTo(7302L);
    }

    @Test
    void noOutcomeRepeatsTheSecretOrTheBody() {
        for (WooWebhookOutcome outcome : List.of(
                verifier.verify(ORDER_BODY, headers("order.created", sign(ORDER_BODY, "wrong"))),
                verifier.verify(ORDER_BODY, headers("order.created", null)),
                verifier.verify("{\"id\":\"x\"}".getBytes(UTF_8), headers("order.created", sign("{\"id\":\"x\"}".getBytes(UTF_8), CURRENT))))) {
            assertThat(outcome.toString()).doesNotContain(CURRENT).doesNotContain(PREVIOUS).doesNotContain("u4f50");
        }
    }
}
