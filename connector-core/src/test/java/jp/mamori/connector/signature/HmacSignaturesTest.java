package jp.mamori.connector.signature;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HmacSignaturesTest {

    /** PHP's json_encode output as WooCommerce sends it: Japanese as \\uXXXX escapes, '/' as '\\/'. */
    private static final String WOO_BODY = "{\"id\":5123,\"status\":\"processing\",\"currency\":\"JPY\",\"total\":\"12800\","
            + "\"billing\":{\"last_name\":\"\\u5c71\\u7530\",\"first_name\":\"\\u592a\\u90ce\","
            + "\"state\":\"JP13\",\"city\":\"\\u6e0b\\u8c37\\u533a\",\"postcode\":\"150-0001\"},"
            + "\"_links\":{\"self\":[{\"href\":\"https:\\/\\/shop.example.jp\\/wp-json\\/wc\\/v3\\/orders\\/5123\"}]}}";
    private static final String WOO_SECRET = "a3f9 K_wc-webhook:secret";

    private static final String EC_CUBE_BODY = "[{\"entity\":\"Order\",\"id\":1024,\"action\":\"created\"}]";
    private static final String EC_CUBE_SECRET = "eccube-webhook-secret-0123";

    private static final String ADYEN_KEY = "DFB1EB5485895CFA84146406857104ABB4CBCABDC8AAF103A624C8F6A3EAAB00";
    private static final String ADYEN_DATA = "pspReference:originalReference:merchantAccount:reference:1000:EUR:EVENT:true";
    private static final String ADYEN_SIGNATURE = "ipnxGCaUZ4l8TUW75a71/ghd2Fe5ffvX0pV4TLTntIc=";

    private static final String STRIPE_SIGNED = "12345." + "{\n  \"id\": \"evt_test_webhook\",\n  \"object\": \"event\"\n}";
    private static final String STRIPE_V1 = "2672d138c9a412830f3bfe2ecc5bfb3277cf6f5b49d0119d77dd6cb64da1257e";

    private static final byte[] BODY = "{\"order_id\":\"A-1001\"}".getBytes(UTF_8);

    record Vector(String name, Encoding encoding, Secret secret, byte[] data, String signature) {
        HmacSignatures signatures() {
            return new HmacSignatures(encoding, List.of(secret));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Vector> vectors() {
        return Stream.of(
                new Vector("Stripe, published", Encoding.HEX, Secret.utf8("whsec_test_secret"),
                        STRIPE_SIGNED.getBytes(UTF_8), STRIPE_V1),
                new Vector("Adyen, published, hex key", Encoding.BASE64, Secret.hex(ADYEN_KEY),
                        ADYEN_DATA.getBytes(UTF_8), ADYEN_SIGNATURE),
                new Vector("RFC 4231 case 1, raw key", Encoding.HEX, Secret.of(repeat((byte) 0x0b, 20)),
                        "Hi There".getBytes(UTF_8), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
                new Vector("RFC 4231 case 2", Encoding.HEX, Secret.utf8("Jefe"),
                        "what do ya want for nothing?".getBytes(UTF_8),
                        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
                new Vector("WooCommerce, JDK Mac", Encoding.BASE64, Secret.utf8(WOO_SECRET), WOO_BODY.getBytes(UTF_8),
                        Base64.getEncoder().encodeToString(jdkHmac(WOO_SECRET.getBytes(UTF_8), WOO_BODY.getBytes(UTF_8)))),
                new Vector("EC-CUBE, JDK Mac", Encoding.HEX, Secret.utf8(EC_CUBE_SECRET), EC_CUBE_BODY.getBytes(UTF_8),
                        HexFormat.of().formatHex(jdkHmac(EC_CUBE_SECRET.getBytes(UTF_8), EC_CUBE_BODY.getBytes(UTF_8)))));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void signsAsTheSenderDoes(Vector vector) {
        assertThat(vector.signatures().sign(vector.data())).isEqualTo(vector.signature());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void acceptsTheSendersSignature(Vector vector) {
        assertThat(vector.signatures().verify(vector.data(), vector.signature())).isEqualTo(Verification.VALID);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void refusesATamperedBody(Vector vector) {
        byte[] tampered = vector.data().clone();
        tampered[tampered.length - 1] ^= 1;

        assertThat(vector.signatures().verify(tampered, vector.signature())).isEqualTo(Verification.INVALID);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void refusesAnotherSecret(Vector vector) {
        HmacSignatures wrongKey = new HmacSignatures(vector.encoding(), List.of(Secret.utf8("not the shop's secret")));

        assertThat(wrongKey.verify(vector.data(), vector.signature())).isEqualTo(Verification.INVALID);
    }

    @Test
    void verifiesTheBytesReceivedNotTheirMeaning() {
        String sameJsonUnescaped = WOO_BODY.replace("\\u5c71\\u7530", "山田");
        HmacSignatures woo = new HmacSignatures(Encoding.BASE64, List.of(Secret.utf8(WOO_SECRET)));

        assertThat(woo.verify(sameJsonUnescaped.getBytes(UTF_8), woo.sign(WOO_BODY.getBytes(UTF_8))))
                .isEqualTo(Verification.INVALID);
    }

    @Test
    void acceptsEverySecretInRotationAndSignsWithTheFirst() {
        Secret previous = Secret.utf8("wc_secret_2025");
        Secret current = Secret.utf8("wc_secret_2026");
        String byPrevious = new HmacSignatures(Encoding.BASE64, List.of(previous)).sign(BODY);
        String byCurrent = new HmacSignatures(Encoding.BASE64, List.of(current)).sign(BODY);

        HmacSignatures duringRotation = new HmacSignatures(Encoding.BASE64, List.of(current, previous));
        HmacSignatures afterRotation = new HmacSignatures(Encoding.BASE64, List.of(current));

        assertThat(duringRotation.verify(BODY, byPrevious)).isEqualTo(Verification.VALID);
        assertThat(duringRotation.verify(BODY, byCurrent)).isEqualTo(Verification.VALID);
        assertThat(duringRotation.sign(BODY)).isEqualTo(byCurrent);
        assertThat(afterRotation.verify(BODY, byPrevious)).isEqualTo(Verification.INVALID);
        assertThat(afterRotation.verify(BODY, byCurrent)).isEqualTo(Verification.VALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void reportsNoSignatureAsMissing(String presented) {
        HmacSignatures signatures = new HmacSignatures(Encoding.HEX, List.of(Secret.utf8(EC_CUBE_SECRET)));

        assertThat(signatures.verify(BODY, presented)).isEqualTo(Verification.MISSING);
    }

    @Test
    void reportsAnEmptyListOrOnlyBlankEntriesAsMissing() {
        HmacSignatures signatures = new HmacSignatures(Encoding.HEX, List.of(Secret.utf8(EC_CUBE_SECRET)));
        List<String> blanks = new ArrayList<>(Arrays.asList(null, "", " "));

        assertThat(signatures.verify(BODY, List.of())).isEqualTo(Verification.MISSING);
        assertThat(signatures.verify(BODY, blanks)).isEqualTo(Verification.MISSING);
    }

    @Test
    void acceptsWhenAnyOfSeveralPresentedSignaturesMatches() {
        HmacSignatures stripe = new HmacSignatures(Encoding.HEX, List.of(Secret.utf8("whsec_test_secret")));
        byte[] signed = STRIPE_SIGNED.getBytes(UTF_8);
        String other = "0".repeat(64);

        assertThat(stripe.verify(signed, List.of(other, STRIPE_V1))).isEqualTo(Verification.VALID);
        assertThat(stripe.verify(signed, List.of(other, "not hex"))).isEqualTo(Verification.INVALID);
    }

    static Stream<Arguments> malformedSignatures() {
        return Stream.of(
                Arguments.of(Encoding.HEX, "not a hex signature"),
                Arguments.of(Encoding.HEX, STRIPE_V1.substring(1)),
                Arguments.of(Encoding.HEX, STRIPE_V1.substring(2)),
                Arguments.of(Encoding.HEX, STRIPE_V1 + "00"),
                Arguments.of(Encoding.HEX, "0x" + STRIPE_V1.substring(2)),
                Arguments.of(Encoding.HEX, " " + STRIPE_V1),
                Arguments.of(Encoding.HEX, "２６７２" + STRIPE_V1.substring(4)),
                Arguments.of(Encoding.BASE64, "!!!!"),
                Arguments.of(Encoding.BASE64, ADYEN_SIGNATURE.substring(1)),
                Arguments.of(Encoding.BASE64, ADYEN_SIGNATURE.substring(4)),
                Arguments.of(Encoding.BASE64, ADYEN_SIGNATURE + "AAAA"),
                Arguments.of(Encoding.BASE64, ADYEN_SIGNATURE.replace('/', '_')),
                Arguments.of(Encoding.BASE64, HexFormat.of().formatHex(Base64.getDecoder().decode(ADYEN_SIGNATURE))));
    }

    @ParameterizedTest
    @MethodSource("malformedSignatures")
    void refusesAMalformedSignatureAsInvalid(Encoding encoding, String presented) {
        Secret secret = encoding == Encoding.HEX ? Secret.utf8("whsec_test_secret") : Secret.hex(ADYEN_KEY);
        byte[] data = (encoding == Encoding.HEX ? STRIPE_SIGNED : ADYEN_DATA).getBytes(UTF_8);

        assertThat(new HmacSignatures(encoding, List.of(secret)).verify(data, presented))
                .isEqualTo(Verification.INVALID);
    }

    @Test
    void readsUppercaseHexAsTheSameSignature() {
        HmacSignatures stripe = new HmacSignatures(Encoding.HEX, List.of(Secret.utf8("whsec_test_secret")));

        assertThat(stripe.verify(STRIPE_SIGNED.getBytes(UTF_8), STRIPE_V1.toUpperCase())).isEqualTo(Verification.VALID);
    }

    private static byte[] jdkHmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] repeat(byte value, int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
