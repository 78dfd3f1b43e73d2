package jp.mamori.bench.woo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WooOrderBodiesTest {

    /** Digits, optionally grouped by single spaces or hyphens: how card numbers get written. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ -]?\\d)*");
    private static final int ORDERS = 20_000;

    private final JsonMapper json = JsonMapper.builder().build();
    private final WooOrderBodies bodies =
            new WooOrderBodies(Clock.fixed(Instant.parse("2026-11-25T14:30:05Z"), ZoneOffset.UTC));

    @Test
    void writesTheOrderAsWooCommercePlacedItNow() {
        String text = new String(bodies.body(7), StandardCharsets.UTF_8);
        JsonNode order = json.readTree(text);

        assertThat(order.path("id").asLong()).isEqualTo(7);
        assertThat(order.path("number").asString()).isEqualTo("7");
        assertThat(order.path("status").asString()).isEqualTo("processing");
        assertThat(order.path("currency").asString()).isEqualTo("JPY");
        assertThat(order.path("date_created_gmt").asString()).isEqualTo("2026-11-25T14:30:05");
        assertThat(order.path("date_created").asString()).isEqualTo("2026-11-25T23:30:05");
        assertThat(order.path("billing").path("last_name").asString()).isEqualTo("山田");
        assertThat(order.path("billing").path("phone").asString()).isEqualTo(order.path("shipping").path("phone").asString());
        assertThat(order.path("customer_id").asLong()).isEqualTo(1006);
        assertThat(order.path("_links").path("self").get(0).path("href").asString()).endsWith("/orders/7");
        assertThat(order.path("_links").path("customer").get(0).path("href").asString()).endsWith("/customers/1006");
        // PHP's json_encode escapes every non-ASCII character and every slash.
        assertThat(text).contains("\\u5c71\\u7530").contains("https:\\/\\/").doesNotContain("山田");
    }

    @Test
    void everyOrderHasItsOwnIdAndItsOwnBuyer() {
        Set<Long> ids = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> ips = new HashSet<>();
        Set<String> cookies = new HashSet<>();
        for (long id = 1; id <= ORDERS; id++) {
            JsonNode order = json.readTree(bodies.body(id));
            ids.add(order.path("id").asLong());
            emails.add(order.path("billing").path("email").asString());
            phones.add(order.path("billing").path("phone").asString());
            ips.add(order.path("customer_ip_address").asString());
            for (JsonNode meta : order.path("meta_data")) {
                if ("_mamori_cookie_id".equals(meta.path("key").asString())) {
                    cookies.add(meta.path("value").asString());
                }
            }
        }

        assertThat(ids).hasSize(ORDERS);
        assertThat(emails).hasSize(ORDERS);
        assertThat(phones).hasSize(ORDERS);
        assertThat(ips).hasSize(ORDERS);
        assertThat(cookies).hasSize(ORDERS);
    }

    /** The gateway refuses a body with a Luhn-valid 13–19 digit run anywhere; order ids grow through a long run. */
    @Test
    void holdsNoRunOfDigitsThatCouldBeACardNumber() {
        LongStream ids = LongStream.concat(LongStream.rangeClosed(1, ORDERS), LongStream.of(4_999_999, 987_654_321));
        for (long id : ids.toArray()) {
            Matcher run = DIGIT_RUN.matcher(new String(bodies.body(id), StandardCharsets.UTF_8));
            while (run.find()) {
                String digits = run.group().replaceAll("[ -]", "");
                boolean cardLike = digits.length() >= 13 && digits.length() <= 19 && luhnValid(digits);
                assertThat(cardLike).as("digit run %s in order %d", digits, id).isFalse();
            }
        }
    }

    @Test
    void signsTheRawBodyAsWooCommerceDoes() throws Exception {
        byte[] body = bodies.body(42);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("wc-secret-京都".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));

        assertThat(new WebhookSigner("wc-secret-京都").sign(body))
                .isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal(body)))
                .isNotEqualTo(new WebhookSigner("another-secret").sign(body));
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
