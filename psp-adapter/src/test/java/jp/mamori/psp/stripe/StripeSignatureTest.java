package jp.mamori.psp.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jp.mamori.connector.signature.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StripeSignatureTest {

    // Stripe's published vector (stripe-dotnet, EventUtilityTest: secret "webhook_secret", t=1533204620, and the
    // payload file event_test_signature.json, byte for byte with its closing newline).
    private static final String SECRET = "webhook_secret";
    private static final long T = 1533204620L;
    private static final String V1 = "2220f87ef101a04665f11cdf770523143f875572008577fa0f20882ddb9cc3c7";
    private static final String OTHER_V1 = "8c506d7d19ece69e9a38e398964787dda54eeb2583381ffc7f56070c28d7f119";
    private static final byte[] BODY = resource("/stripe/event_test_signature.json");

    private static final StripeSignature ENDPOINT = new StripeSignature(List.of(SECRET));

    @ParameterizedTest(name = "[{index}] {0} at t{1}s -> {2}")
    @CsvSource(delimiter = '|', value = {
            // the published header, v0 and all
            "t=1533204620,v1=" + V1 + ",v0=63f3a72374a733066c4be69ed7f8e5ac85c22c9f0a6a612ab9a025a9e4ee7eef | +100 | VALID",
            "t=1533204620,v1=" + V1 + "                          | +0    | VALID",
            "t=1533204620,v1=" + V1 + "                          | +300  | VALID",
            "t=1533204620,v1=" + V1 + "                          | -300  | VALID",
            "t=1533204620,v1=" + OTHER_V1 + ",v1=" + V1 + "      | +0    | VALID",
            "t=1533204620,v1=" + V1 + "                          | +301  | EXPIRED",
            "t=1533204620,v1=" + V1 + "                          | -301  | EXPIRED",
            // the same body signed without its closing newline: not what was received
            "t=1533204620,v1=" + OTHER_V1 + "                    | +0    | INVALID",
            "t=1533204620,v1=" + OTHER_V1 + "                    | +3600 | INVALID",
            // a timestamp other than the one signed
            "t=1533204621,v1=" + V1 + "                          | +0    | INVALID",
            "t=1533204620,t=1533204620,v1=" + V1 + "             | +0    | INVALID",
            "t=15332O4620,v1=" + V1 + "                          | +0    | INVALID",
            "v1=" + V1 + "                                       | +0    | INVALID",
            "t=1533204620,v1=zz                                  | +0    | INVALID",
            "t=1533204620                                        | +0    | MISSING",
            "t=1533204620,v0=" + V1 + "                          | +0    | MISSING",
    })
    void verifiesStripesPublishedVectorAndRefusesWhatDiffers(String header, long secondsAfter, Verification expected) {
        assertThat(ENDPOINT.verify(BODY, header, Instant.ofEpochSecond(T + secondsAfter))).isEqualTo(expected);
    }

    @Test
    void refusesATamperedBody() {
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("cus_123", "cus_124")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(ENDPOINT.verify(tampered, "t=1533204620,v1=" + V1, Instant.ofEpochSecond(T)))
                .isEqualTo(Verification.INVALID);
    }

    @Test
    void refusesAnotherEndpointsSecretAndAcceptsEitherWhileOneIsRolled() {
        String header = "t=1533204620,v1=" + V1;
        Instant now = Instant.ofEpochSecond(T);

        assertThat(new StripeSignature(List.of("whsec_another")).verify(BODY, header, now)).isEqualTo(Verification.INVALID);
        assertThat(new StripeSignature(List.of("whsec_new", SECRET)).verify(BODY, header, now)).isEqualTo(Verification.VALID);
    }

    @Test
    void anAbsentHeaderIsMissing() {
        Instant now = Instant.ofEpochSecond(T);

        assertThat(ENDPOINT.verify(BODY, null, now)).isEqualTo(Verification.MISSING);
        assertThat(ENDPOINT.verify(BODY, " ", now)).isEqualTo(Verification.MISSING);
    }

    private static byte[] resource(String name) {
        try (InputStream in = StripeSignatureTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
