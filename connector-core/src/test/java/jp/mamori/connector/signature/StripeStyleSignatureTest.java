package jp.mamori.connector.signature;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stripe's scheme built from the generic pieces: header {@code t=<ts>,v1=<hex>[,v1=…]}, signed
 * payload {@code ts + "." + body}. The real header parsing belongs to the PSP adapter.
 */
class StripeStyleSignatureTest {

    private static final String BODY = "{\n  \"id\": \"evt_test_webhook\",\n  \"object\": \"event\"\n}";
    private static final String V1 = "2672d138c9a412830f3bfe2ecc5bfb3277cf6f5b49d0119d77dd6cb64da1257e";
    private static final String FORGED = "ccdd35168ab474fa5764a526cfb83621351e23682c5075b2e18d56bddf96aa30";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final HmacSignatures STRIPE =
            new HmacSignatures(Encoding.HEX, List.of(Secret.utf8("whsec_test_secret")));

    @ParameterizedTest(name = "[{index}] {0} at t+{1}s -> {2}")
    @CsvSource(delimiter = '|', value = {
            "t=12345,v1=" + V1 + "                 | 0    | VALID",
            "t=12345,v1=" + V1 + "                 | 300  | VALID",
            "t=12345,v1=" + V1 + "                 | -300 | VALID",
            "t=12345,v1=" + FORGED + ",v1=" + V1 + " | 0    | VALID",
            "t=12345,v1=" + V1 + "                 | 301  | EXPIRED",
            "t=12345,v1=" + V1 + "                 | -301 | EXPIRED",
            "t=12345,v1=" + FORGED + "             | 0    | INVALID",
            "t=12345,v1=" + FORGED + "             | 3600 | INVALID",
            "t=12346,v1=" + V1 + "                 | 1    | INVALID",
            "t=12345,v1=zz                         | 0    | INVALID",
            "t=12345                               | 0    | MISSING",
            "t=12345,v0=" + V1 + "                 | 0    | MISSING",
    })
    void verifiesTheSignedTimestampAndPayload(String header, long secondsAfter, Verification expected) {
        long t = 0;
        List<String> v1 = new ArrayList<>();
        for (String element : header.split(",")) {
            String[] pair = element.split("=", 2);
            if (pair[0].equals("t")) {
                t = Long.parseLong(pair[1]);
            } else if (pair[0].equals("v1")) {
                v1.add(pair[1]);
            }
        }
        byte[] signedPayload = (t + "." + BODY).getBytes(UTF_8);
        Instant now = Instant.ofEpochSecond(12345 + secondsAfter);

        assertThat(STRIPE.verify(signedPayload, v1, t, now, TOLERANCE)).isEqualTo(expected);
    }
}
