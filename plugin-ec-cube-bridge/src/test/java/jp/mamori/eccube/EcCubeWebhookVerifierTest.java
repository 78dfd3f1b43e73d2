package jp.mamori.eccube;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.mamori.connector.signature.Secret;
import jp.mamori.eccube.EcCubeWebhookOutcome.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcCubeWebhookVerifierTest {

    /**
     * One checkout on an EC-CUBE 4.2 shop, as Api42 batches it: the customer's buy_times changed, stock
     * moved, and the order was updated twice (its Shipping and OrderItems report as the order too).
     */
    private static final byte[] CHECKOUT = ("[{\"entity\":\"product\",\"id\":13,\"action\":\"updated\"},"
            + "{\"entity\":\"customer\",\"id\":451,\"action\":\"updated\"},"
            + "{\"entity\":\"order\",\"id\":1088,\"action\":\"updated\"},"
            + "{\"entity\":\"order\",\"id\":1087,\"action\":\"created\"},"
            + "{\"entity\":\"order\",\"id\":1088,\"action\":\"updated\"},"
            + "{\"entity\":\"order\",\"id\":1001,\"action\":\"deleted\"}]").getBytes(UTF_8);
    private static final String CURRENT = "eccube-hook 2026 q7&Zr!";
    private static final String PREVIOUS = "eccube-hook 2025 <old>";

    private final EcCubeWebhookVerifier verifier = new EcCubeWebhookVerifier(
            List.of(Secret.utf8(CURRENT), Secret.utf8(PREVIOUS)));

    /** PHP's hash_hmac('sha256', body, secret), computed here with the JDK's own Mac. */
    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static EcCubeWebhookHeaders headers(String signature) {
        Map<String, String> map = new HashMap<>();
        map.put("content-type", "application/json");
        map.put("x-eccube-url", "https://sapporo-kitchen.example.jp/");
        map.put("X-ECCUBE-SIGNATURE", signature);
        return EcCubeWebhookHeaders.from(map);
    }

    @Test
    void headerNamesAreMatchedIgnoringCase() {
        EcCubeWebhookHeaders headers = headers("ab12");
        assertThat(headers.signature()).isEqualTo("ab12");
        assertThat(headers.shopUrl()).isEqualTo("https://sapporo-kitchen.example.jp/");
    }

    @Test
    void aBatchYieldsOnlyItsCreatedAndUpdatedOrdersEachOnce() {
        EcCubeWebhookOutcome outcome = verifier.verify(CHECKOUT, headers(sign(CHECKOUT, CURRENT)));
        assertThat(outcome.kind()).isEqualTo(Kind.ORDER_EVENTS);
        assertThat(outcome.kind().httpStatus()).isEqualTo(200);
        assertThat(outcome.orderIds()).containsExactly(1088L, 1087L);
    }

    @Test
    void theSecretBeingRotatedOutIsStillAccepted() {
        assertThat(verifier.verify(CHECKOUT, headers(sign(CHECKOUT, PREVIOUS))).kind()).isEqualTo(Kind.ORDER_EVENTS);
    }

    @Test
    void anUppercaseRenderingOfTheSameSignatureIsAccepted() {
        String upper = sign(CHECKOUT, CURRENT).toUpperCase(Locale.ROOT);
        assertThat(verifier.verify(CHECKOUT, headers(upper)).kind()).isEqualTo(Kind.ORDER_EVENTS);
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String signature = sign(CHECKOUT, CURRENT);
        byte[] tampered = new String(CHECKOUT, UTF_8).replace("1087", "1086").getBytes(UTF_8);
        EcCubeWebhookOutcome outcome = verifier.verify(tampered, headers(signature));
        assertThat(outcome.kind()).isEqualTo(Kind.INVALID_SIGNATURE);
        assertThat(outcome.kind().httpStatus()).isEqualTo(401);
        assertThat(outcome.orderIds()).isEmpty();
    }

    @Test
    void aSignatureMadeWithAnotherKeyIsRefused() {
        assertThat(verifier.verify(CHECKOUT, headers(sign(CHECKOUT, "someone else's secret"))).kind())
                .isEqualTo(Kind.INVALID_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-hex", "abc", "c2lnbmF0dXJl"})
    void aSignatureThatIsNotEvenHexIsRefused(String signature) {
        assertThat(verifier.verify(CHECKOUT, headers(signature)).kind()).isEqualTo(Kind.INVALID_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void anUnsignedDeliveryIsRefused(String signature) {
        assertThat(verifier.verify(CHECKOUT, headers(signature)).kind()).isEqualTo(Kind.MISSING_SIGNATURE);
        assertThat(verifier.verify(CHECKOUT, EcCubeWebhookHeaders.from(Map.of())).kind())
                .isEqualTo(Kind.MISSING_SIGNATURE);
    }

    @Test
    void aBatchWithoutOrdersCreatedOrUpdatedIsIgnored() {
        byte[] body = ("[{\"entity\":\"product\",\"id\":13,\"action\":\"updated\"},"
                + "{\"entity\":\"customer\",\"id\":451,\"action\":\"created\"},"
                + "{\"entity\":\"order\",\"id\":1001,\"action\":\"deleted\"},"
                + "{\"entity\":\"coupon\",\"id\":7,\"action\":\"updated\"}]").getBytes(UTF_8);
        EcCubeWebhookOutcome outcome = verifier.verify(body, headers(sign(body, CURRENT)));
        assertThat(outcome.kind()).isEqualTo(Kind.IGNORED);
        assertThat(outcome.kind().httpStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"entity\":\"order\",\"id\":1087,\"action\":\"created\"}",
        "[{\"entity\":\"order\",\"id\":1087,\"action\":\"created\"",
        "[\"order\"]",
        "[{\"entity\":\"order\",\"id\":1087}]",
        "[{\"entity\":\"order\",\"id\":\"1087\",\"action\":\"created\"}]",
        "[{\"entity\":\"order\",\"id\":0,\"action\":\"updated\"}]",
        "[{\"entity\":\"order\",\"action\":\"updated\"}]"})
    void aSignedBodyThatIsNotApi42sEventListIsMalformed(String text) {
        byte[] body = text.getBytes(UTF_8);
        EcCubeWebhookOutcome outcome = verifier.verify(body, headers(sign(body, CURRENT)));
        assertThat(outcome.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(outcome.kind().httpStatus()).isEqualTo(400);
        assertThat(outcome.detail()).doesNotContain("1087");
    }

    @Test
    void noOutcomeQuotesTheSecretOrTheBody() {
        for (String signature : List.of(sign(CHECKOUT, CURRENT), "00", "")) {
            EcCubeWebhookOutcome outcome = verifier.verify(CHECKOUT, headers(signature));
            assertThat(outcome.toString()).doesNotContain(CURRENT).doesNotContain("entity").doesNotContain(signature.isEmpty() ? CURRENT : signature);
        }
    }
}
