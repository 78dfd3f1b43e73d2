package jp.mamori.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningJsonCardNumberTest {

    private static final String DETAIL =
            "looks like a full card number; send only payment.card.bin and payment.card.last4";

    private final ScreeningJson json = new ScreeningJson(Clock.fixed(Instant.parse(RequestBody.NOW), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "billing_address.line2         | '\"4111111111111111\"'",
            "billing_address.line2         | '\"原宿ハイツ101 カード4111111111111111\"'",
            "order_id                      | '\"4111111111111111\"'",
            "buyer.customer_id             | 4111111111111111",
            "amount.value                  | 3530111333300000",
            "billing_address.line2         | '\"4111 1111 1111 1111\"'",
            "billing_address.line2         | '\"4111-1111-1111-1111\"'",
            "shipping[0].address.line1     | '\"3530-1113-3330-0000\"'",
            "items[1].name                 | '\"3782 822463 10005\"'",
            "buyer.phone                   | '\"5555555555554444\"'",
            "payment.card.fingerprint      | '\"4111111111111111\"'",
            "memo                          | '\"カード番号 4111 1111 1111 1111\"'",
            "billing_address.line2         | '\"４１１１１１１１１１１１１１１１\"'",
            "billing_address.line2         | '\"４１１１　１１１１　１１１１　１１１１\"'",
            "billing_address.line2         | '\"４１１１－１１１１－１１１１－１１１１\"'",
            "billing_address.line2         | '\"4111ー1111ー1111ー1111\"'",
            "billing_address.line2         | '\"4111‐1111‐1111‐1111\"'",
            "billing_address.line2         | '\"4111−1111−1111−1111\"'",
    })
    void refusesAFullCardNumberAnywhereWithoutRepeatingIt(String path, String value) {
        byte[] body = RequestBody.complete().set(path, value).bytes();

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(body));

        assertThat(refused.kind()).isEqualTo(InvalidRequestException.Kind.CARD_NUMBER);
        assertThat(refused.errors()).containsExactly(new FieldError(path, DETAIL));
        assertThat(refused.getMessage()).doesNotContainPattern("\\p{Nd}{4}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "buyer.4111111111111111     | buyer",
            "4111-1111-1111-1111        | ''",
    })
    void refusesACardNumberUsedAsAFieldNameByNamingItsObject(String path, String object) {
        byte[] body = RequestBody.complete().set(path, "\"カード\"").bytes();

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(body));

        assertThat(refused.kind()).isEqualTo(InvalidRequestException.Kind.CARD_NUMBER);
        assertThat(refused.errors()).containsExactly(new FieldError(object, DETAIL));
        assertThat(refused.getMessage()).doesNotContainPattern("\\p{Nd}{4}");
    }

    @Test
    void namesEveryFieldThatHoldsOneAndNothingElse() {
        byte[] body = RequestBody.complete()
                .set("billing_address.line2", "\"4111111111111111\"")
                .set("items[0].name", "\"5555-5555-5555-4444\"")
                .set("device.ip", "\"localhost\"")
                .bytes();

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(body));

        assertThat(refused.kind()).isEqualTo(InvalidRequestException.Kind.CARD_NUMBER);
        assertThat(refused.errors()).containsExactlyInAnyOrder(
                new FieldError("billing_address.line2", DETAIL), new FieldError("items[0].name", DETAIL));
    }

    @Test
    void findsACardNumberTypedRightAfterOtherDigits() {
        byte[] body = RequestBody.complete().set("billing_address.line2", "\"表参道ハイツ101 4242424242424242\"").bytes();

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(body));

        assertThat(refused.errors()).containsExactly(new FieldError("billing_address.line2", DETAIL));
    }

    @Test
    void letsThroughAJanCodeSkuThatHappensToPassLuhn() {
        byte[] body = RequestBody.complete().set("items[0].sku", "\"4901234000094\"").bytes();

        assertThat(json.readRequest(body).items().get(0).sku()).isEqualTo("4901234000094");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "billing_address.line2  | 4111111111111112",
            "billing_address.line2  | 4111 1111 1111 1112",
            "buyer.phone            | 090-1234-5678",
            "buyer.phone            | +81 90-1234-5678",
            "buyer.phone            | 0120-123-456",
            "buyer.phone            | ０９０－１２３４－５６７８",
            "billing_address.line2  | ４１１１－１１１１－１１１１－１１１２",
            "billing_address.postal_code | 150-0001",
            "billing_address.postal_code | 〒150-0001",
            "billing_address.line1  | 神宮前1-2-3",
            "order_id               | 123456789015",
            "order_id               | 12345678901234567894",
    })
    void letsOtherNumbersThrough(String path, String text) {
        byte[] body = RequestBody.complete().set(path, "\"" + text + "\"").bytes();

        assertThat(json.readRequest(body)).isNotNull();
    }
}
