package jp.mamori.connector;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
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
import org.junit.jupiter.params.provider.ValueSource;

class ScreeningJsonMalformedTest {

    private final ScreeningJson json = new ScreeningJson(Clock.fixed(Instant.parse(RequestBody.NOW), ZoneOffset.UTC));

    /** A body that is not JSON, the line where it breaks, and a piece of it that must not come back in the error. */
    static Stream<Arguments> notJson() {
        return Stream.of(
                Arguments.of("order_id=WC-2026-000123&amount=12800", 1, "order_id"),
                Arguments.of("{\"buyer\": {\"email\": \"taro.yamada@example.co.jp\", \"phone\": \"090-1234-5678\"",
                        1, "taro"),
                Arguments.of("{\n  \"order_id\": \"WC-2026-000123\",\n  \"buyer\": {\"family\": 山田}\n}", 3, "山田"),
                Arguments.of("{\"order_id\": \"WC-2026-000123\", \"amount\": {\"value\": 12800,}}", 1, "WC-2026"),
                Arguments.of("{\"order_id\": 'WC-2026-000123'}", 1, "WC-2026"),
                Arguments.of("{\"order_id\": \"WC-2026-000123\"} {\"order_id\": \"WC-2026-000124\"}", 1, "WC-2026"),
                Arguments.of("{\"order_id\": \"WC-2026-000123\", \"order_id\": \"WC-2026-000124\"}", 1, "WC-2026"),
                Arguments.of("{\"order_id\": \"WC-2026-000123\",\n \"buyer\": {\"email\": \"taro@example.jp\",\n"
                        + "  \"email\": \"hanako@example.jp\"}}", 3, "hanako"));
    }

    @ParameterizedTest
    @MethodSource("notJson")
    void saysWhereTheJsonBrokeButNotWhatItHeld(String body, int line, String content) {
        InvalidRequestException refused = refusal(body.getBytes(UTF_8));

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEmpty();
            assertThat(error.detail()).matches("the body is not valid JSON \\(line " + line + ", column \\d+\\)");
        });
        assertThat(refused.getMessage()).doesNotContain(content);
    }

    @Test
    void refusesBytesThatAreNotUtf8AsMalformed() {
        byte[] latin1 = "{\"buyer\": {\"family\": \"Müller\"}}".getBytes(ISO_8859_1);

        assertThat(refusal(latin1).errors()).singleElement()
                .satisfies(error -> assertThat(error.detail()).startsWith("the body is not valid JSON (line 1, column "));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[{\"entity\":\"Order\",\"id\":1024,\"action\":\"created\"}]",
            "[]",
            "\"WC-2026-000123\"",
            "12800",
            "null",
            "",
            " \n"})
    void refusesABodyThatIsNotAJsonObject(String body) {
        assertThat(refusal(body.getBytes(UTF_8)).errors())
                .containsExactly(new FieldError("", "the body must be a JSON object"));
    }

    private InvalidRequestException refusal(byte[] body) {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(body));
        assertThat(refused.kind()).isEqualTo(InvalidRequestException.Kind.MALFORMED_JSON);
        return refused;
    }
}
