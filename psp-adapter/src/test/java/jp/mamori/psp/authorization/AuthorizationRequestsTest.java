package jp.mamori.psp.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.psp.authorization.AuthorizationRequest.PspReference;
import org.junit.jupiter.api.Test;

class AuthorizationRequestsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);
    private static final AuthorizationRequests READER = new AuthorizationRequests(new ScreeningJson(CLOCK));
    // Luhn-valid 16-digit strings, as an Adyen pspReference is one time in ten.
    private static final String ADYEN_REFERENCE = "8815329842815467";

    private static byte[] body(String extra, String payment) {
        return ("{\"order_id\": \"10231\", \"ordered_at\": \"2026-11-26T02:59:00Z\", \"amount\": {\"value\": 12800, "
                + "\"currency\": \"JPY\"}, \"buyer\": {\"email\": \"hanako@example.jp\"}" + extra
                + (payment == null ? "" : ", \"payment\": " + payment) + "}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheScreeningTheDeadlineAndThePspsReferenceWhichTheCardGuardNeverSees() {
        AuthorizationRequest read = READER.read(body(", \"deadline_ms\": 150",
                "{\"method\": \"card\", \"card\": {\"bin\": \"411111\", \"last4\": \"1111\"}, "
                        + "\"psp\": {\"provider\": \"adyen\", \"reference\": \"" + ADYEN_REFERENCE + "\"}}"));

        assertThat(read.deadline()).isEqualTo(Duration.ofMillis(150));
        assertThat(read.psp()).isEqualTo(new PspReference("adyen", ADYEN_REFERENCE));
        assertThat(read.screening().orderId()).isEqualTo("10231");
        assertThat(read.screening().payment().card().last4()).isEqualTo("1111");
        assertThat(read.merchantId()).isNull();
    }

    @Test
    void theSameDigitsInAScreeningFieldAreStillRefusedAsACardNumber() {
        byte[] inAnAddress = body(", \"billing_address\": {\"country\": \"JP\", \"line2\": \"" + ADYEN_REFERENCE + "\"}",
                "{\"psp\": {\"provider\": \"adyen\", \"reference\": \"" + ADYEN_REFERENCE + "\"}}");

        assertThatThrownBy(() -> READER.read(inAnAddress))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.CARD_NUMBER);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("billing_address.line2");
                });
    }

    @Test
    void withoutDeadlineOrPspTheDefaultsHold() {
        AuthorizationRequest read = READER.read(body(", \"merchant_id\": \"kyoto-tea\"", null));

        assertThat(read.deadline()).isEqualTo(AuthorizationRequests.DEFAULT_DEADLINE);
        assertThat(read.psp()).isNull();
        assertThat(read.merchantId()).isEqualTo("kyoto-tea");
    }

    @Test
    void everyProblemOfEitherPartIsReportedAtOnceNamingItsField() {
        byte[] bad = ("{\"order_id\": \"10231\", \"deadline_ms\": 2001, \"amount\": {\"value\": -1, \"currency\": \"JPY\"},"
                + " \"payment\": {\"psp\": {\"provider\": \"Adyen!\", \"ref\": \"x\"}}}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> READER.read(bad))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .contains("deadline_ms", "payment.psp.provider", "payment.psp.reference", "payment.psp.ref",
                                "amount.value"));
    }

    @Test
    void aDeadlineMustBeAWholeNumberOfMillisecondsUpToTwoSeconds() {
        for (String deadline : new String[] {"0", "2001", "150.5", "\"150\""}) {
            assertThatThrownBy(() -> READER.read(body(", \"deadline_ms\": " + deadline, null)))
                    .as(deadline)
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("deadline_ms"));
        }
        assertThat(READER.read(body(", \"deadline_ms\": 2000", null)).deadline()).isEqualTo(Duration.ofSeconds(2));
    }
}
