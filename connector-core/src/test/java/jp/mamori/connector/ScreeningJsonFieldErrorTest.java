package jp.mamori.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScreeningJsonFieldErrorTest {

    private static final String RFC_3339 = "must be an RFC 3339 timestamp with an offset, e.g. 2026-11-25T21:04:05+09:00";
    private static final String CURRENCY = "must be an ISO 4217 code such as JPY";
    private static final String COUNTRY = "must be an ISO 3166-1 alpha-2 code such as JP";
    private static final String QUANTITY = "must be a whole number from 1 to 1000000";
    private static final String IP = "must be an IPv4 or IPv6 address";
    private static final String ZONE = "must be an IANA time zone such as Asia/Tokyo";
    private static final String UNKNOWN = "is not a known field";
    private static final String CARD_CHECK = "must be one of match, mismatch, not_checked";

    private final ScreeningJson json = new ScreeningJson(Clock.fixed(Instant.parse(RequestBody.NOW), ZoneOffset.UTC));

    /** The field edited, its new JSON ({@code null}: removed), and the one error expected. */
    static Stream<Arguments> invalidFields() {
        return Stream.of(
                invalid("order_id", null, "order_id", "is required"),
                invalid("order_id", "null", "order_id", "is required"),
                invalid("order_id", "\"\"", "order_id", "must not be empty"),
                invalid("order_id", "\"　\"", "order_id", "must not be empty"),
                invalid("order_id", "123", "order_id", "must be a string"),
                invalid("order_id", "\"" + "注".repeat(129) + "\"", "order_id", "must be at most 128 characters"),
                invalid("ordered_at", "\"2026/11/25 12:04:05\"", "ordered_at", RFC_3339),
                invalid("ordered_at", "\"2026-11-25T12:04:05\"", "ordered_at", RFC_3339),
                invalid("ordered_at", "\"令和8年11月25日\"", "ordered_at", RFC_3339),
                invalid("ordered_at", "1764039845", "ordered_at", "must be a string"),
                invalid("ordered_at", "\"2026-11-25T12:15:01+09:00\"", "ordered_at",
                        "must not be more than 5 minutes in the future"),
                invalid("ordered_at", "\"2026-11-26T12:04:05+09:00\"", "ordered_at",
                        "must not be more than 5 minutes in the future"),
                invalid("amount", null, "amount", "is required"),
                invalid("amount", "\"12800円\"", "amount", "must be an object"),
                invalid("amount.value", "\"12800\"", "amount.value", "must be a number"),
                invalid("amount.value", "-1", "amount.value", "must be at least 0"),
                invalid("amount.value", null, "amount.value", "is required"),
                invalid("amount.currency", "\"yen\"", "amount.currency", CURRENCY),
                invalid("amount.currency", "\"円\"", "amount.currency", CURRENCY),
                invalid("amount.currency", "\"ABC\"", "amount.currency", CURRENCY),
                invalid("amount.currency", "\"JPYEN\"", "amount.currency", "must be at most 3 characters"),
                invalid("buyer", "[]", "buyer", "must be an object"),
                invalid("buyer.name", "\"山田太郎\"", "buyer.name", "must be an object"),
                invalid("buyer.is_new_customer", "\"はい\"", "buyer.is_new_customer", "must be true or false"),
                invalid("buyer.emial", "\"taro.yamada@example.co.jp\"", "buyer.emial", UNKNOWN),
                invalid("buyer.name.sei", "\"山田\"", "buyer.name.sei", UNKNOWN),
                invalid("coupon", "\"WELCOME10\"", "coupon", UNKNOWN),
                invalid("billing_address.country", "\"JPN\"", "billing_address.country", "must be at most 2 characters"),
                invalid("billing_address.country", "\"jp\"", "billing_address.country", COUNTRY),
                invalid("billing_address.country", "\"日本\"", "billing_address.country", COUNTRY),
                invalid("billing_address.postal_code", "\"〒150-0001 東京都渋谷区神宮前\"", "billing_address.postal_code",
                        "must be at most 16 characters"),
                invalid("billing_address.prefecture", "\"東京都\"", "billing_address.prefecture", UNKNOWN),
                invalid("shipping", "{}", "shipping", "must be an array"),
                invalid("shipping[0].address", "[]", "shipping[0].address", "must be an object"),
                invalid("shipping[0].address.country", "\"JPN\"", "shipping[0].address.country",
                        "must be at most 2 characters"),
                invalid("items", "{}", "items", "must be an array"),
                invalid("items", "[\"煎茶\"]", "items[0]", "must be an object"),
                invalid("items[1].quantity", "0", "items[1].quantity", QUANTITY),
                invalid("items[1].quantity", "-1", "items[1].quantity", QUANTITY),
                invalid("items[1].quantity", "1.5", "items[1].quantity", QUANTITY),
                invalid("items[1].quantity", "\"1\"", "items[1].quantity", QUANTITY),
                invalid("items[1].quantity", "1000001", "items[1].quantity", QUANTITY),
                invalid("items[1].quantity", "99999999999", "items[1].quantity", QUANTITY),
                invalid("items[1].quantity", null, "items[1].quantity", "is required"),
                invalid("items[0].unit_price", "\"1600円\"", "items[0].unit_price", "must be a number"),
                invalid("items[1].first_purchase_only", "\"true\"", "items[1].first_purchase_only",
                        "must be true or false"),
                invalid("payment.card", "\"JCB\"", "payment.card", "must be an object"),
                invalid("payment.card.bin", "\"41x\"", "payment.card.bin", "must be 6 to 8 digits"),
                invalid("payment.card.bin", "\"35301\"", "payment.card.bin", "must be 6 to 8 digits"),
                invalid("payment.card.bin", "\"３５３０１１\"", "payment.card.bin", "must be 6 to 8 digits"),
                invalid("payment.card.bin", "353011", "payment.card.bin", "must be a string"),
                invalid("payment.card.last4", "\"000\"", "payment.card.last4", "must be 4 digits"),
                invalid("payment.card.issuer_country", "\"XX\"", "payment.card.issuer_country", COUNTRY),
                // Stripe's own words are mapped by the caller, so a PSP's value passed through unmapped is caught.
                invalid("payment.card.cvc_result", "\"pass\"", "payment.card.cvc_result", CARD_CHECK),
                invalid("payment.card.cvc_result", "\"MISMATCH\"", "payment.card.cvc_result", CARD_CHECK),
                invalid("payment.card.avs_result", "\"2\"", "payment.card.avs_result", CARD_CHECK),
                invalid("payment.card.avs_result", "false", "payment.card.avs_result", "must be a string"),
                invalid("payment.three_ds.trans_status", "\"y\"", "payment.three_ds.trans_status",
                        "must be one of Y, N, U, A, C, R, I, D"),
                invalid("payment.three_ds.eci", "5", "payment.three_ds.eci", "must be a string"),
                invalid("payment.three_ds.eci", "\"5\"", "payment.three_ds.eci", "must be 2 digits"),
                invalid("device.ip", "\"999.1.1.1\"", "device.ip", IP),
                invalid("device.ip", "\"localhost\"", "device.ip", IP),
                invalid("device.ip", "\"203.0.113.045\"", "device.ip", IP),
                invalid("device.ip", "\"203.0.113\"", "device.ip", IP),
                invalid("device.ip", "\"2001:db8::g\"", "device.ip", IP),
                invalid("device.ip", "\"2001:db8::1%eth0\"", "device.ip", IP),
                invalid("device.ip", "\"[2001:db8::1]\"", "device.ip", IP),
                invalid("device.ip", "\"example.jp\"", "device.ip", IP),
                // A name in the test hosts file: accepted if the check ever looks it up.
                invalid("device.ip", "\".:1\"", "device.ip", IP),
                invalid("device.ip_country", "\"JPN\"", "device.ip_country", "must be at most 2 characters"),
                invalid("device.timezone", "\"Tokyo\"", "device.timezone", ZONE),
                invalid("device.timezone", "\"JST\"", "device.timezone", ZONE),
                invalid("device.timezone", "\"Asia/Osaka\"", "device.timezone", ZONE),
                invalid("affiliate", "{}", "affiliate.id", "is required"));
    }

    private static Arguments invalid(String edited, String json, String field, String detail) {
        return Arguments.of(edited, json, new FieldError(field, detail));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @MethodSource("invalidFields")
    void namesTheFieldAndWhatIsWrongWithIt(String edited, String value, FieldError expected) {
        RequestBody body = RequestBody.complete();
        if (value == null) {
            body.remove(edited);
        } else {
            body.set(edited, value);
        }

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> json.readRequest(body.bytes()));

        assertThat(refused.kind()).isEqualTo(InvalidRequestException.Kind.INVALID_FIELD);
        assertThat(refused.errors()).containsExactly(expected);
    }

    @Test
    void reportsEveryProblemAtOnceWithoutRepeatingTheValues() {
        byte[] body = RequestBody.complete()
                .remove("order_id")
                .set("amount.currency", "\"yen\"")
                .set("ordered_at", "\"2026年11月25日 12時04分\"")
                .set("items[1].quantity", "0")
                .set("device.ip", "\"localhost\"")
                .set("device.timezone", "\"日本標準時\"")
                .set("buyer.emial", "\"hanako.sato@example.ne.jp\"")
                .bytes();

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> json.readRequest(body));

        assertThat(refused.kind()).isEqualTo(InvalidRequestException.Kind.INVALID_FIELD);
        assertThat(refused.errors()).containsExactlyInAnyOrder(
                new FieldError("order_id", "is required"),
                new FieldError("amount.currency", CURRENCY),
                new FieldError("ordered_at", RFC_3339),
                new FieldError("items[1].quantity", QUANTITY),
                new FieldError("device.ip", IP),
                new FieldError("device.timezone", ZONE),
                new FieldError("buyer.emial", UNKNOWN));
        assertThat(refused.getMessage()).doesNotContain("yen", "2026年", "localhost", "日本標準時", "hanako");
    }
}
