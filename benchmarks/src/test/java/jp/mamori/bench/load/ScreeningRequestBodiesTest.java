package jp.mamori.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.psp.authorization.AuthorizationRequest;
import jp.mamori.psp.authorization.AuthorizationRequests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScreeningRequestBodiesTest {

    /** Digits, optionally grouped by single spaces or hyphens: how card numbers get written. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ -]?\\d)*");

    private final JsonMapper json = JsonMapper.builder().build();
    private final ScreeningRequestBodies bodies = new ScreeningRequestBodies("t3st");

    @Test
    void writesAJapaneseCardOrderInTheGatewaysFieldNames() {
        JsonNode order = json.readTree(bodies.body(42));

        assertThat(order.path("order_id").asString()).isEqualTo("bench_t3st_42");
        assertThat(order.has("ordered_at")).isFalse();
        assertThat(order.path("amount").path("value").asLong()).isEqualTo(12_800);
        assertThat(order.path("amount").path("currency").asString()).isEqualTo("JPY");
        assertThat(order.path("buyer").path("name").path("family_kana").asString()).isEqualTo("ヤマダ");
        assertThat(order.path("buyer").path("phone").asString()).matches("090-\\d{4}-\\d{4}");
        assertThat(order.path("billing_address").path("region").asString()).isEqualTo("東京都");
        assertThat(order.path("items").size()).isEqualTo(1);
        assertThat(order.path("items").get(0).path("first_purchase_only").asBoolean(true)).isFalse();
        assertThat(order.path("payment").path("card").path("bin").asString()).isEqualTo("411111");
        assertThat(order.path("payment").path("card").path("last4").asString()).isEqualTo("1111");
        assertThat(order.path("device").path("timezone").asString()).isEqualTo("Asia/Tokyo");
    }

    /** The reader refuses anything with a Luhn-valid 13–19 digit run, so this covers the card rule too. */
    @Test
    void everyBuyerIsAcceptedByTheGatewaysReader() {
        ScreeningJson reader = new ScreeningJson(Clock.systemUTC());

        for (long sequence = 0; sequence < ScreeningRequestBodies.BUYER_POOL; sequence++) {
            ScreeningRequest request = reader.readRequest(bodies.body(sequence));
            assertThat(request.orderId()).isEqualTo("bench_t3st_" + sequence);
        }
        assertThat(reader.readRequest(bodies.body(123_456_789_012L)).orderId()).isEqualTo("bench_t3st_123456789012");
    }

    /** The PSP's reference is 16 digits, Luhn-valid for some requests: the gateway must not take it for a card. */
    @Test
    void anAuthorizationIsTheSameOrderWithItsDeadlineAndAPspReferenceTheGatewayAccepts() {
        AuthorizationRequests reader = new AuthorizationRequests(new ScreeningJson(Clock.systemUTC()));

        for (long sequence = 0; sequence < 100; sequence++) {
            AuthorizationRequest request = reader.read(bodies.authorizationBody(sequence, 150));
            assertThat(request.deadline()).isEqualTo(Duration.ofMillis(150));
            assertThat(request.psp().provider()).isEqualTo("adyen");
            assertThat(request.psp().reference()).hasSize(16);
            assertThat(request.screening().orderId()).isEqualTo("bench_t3st_" + sequence);
        }
    }

    @Test
    void givesEveryRequestItsOwnOrderIdAndCyclesThroughTheBuyerPool() {
        Set<String> orderIds = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> cookies = new HashSet<>();
        int requests = 2 * ScreeningRequestBodies.BUYER_POOL;
        for (long sequence = 0; sequence < requests; sequence++) {
            JsonNode order = json.readTree(bodies.body(sequence));
            orderIds.add(order.path("order_id").asString());
            emails.add(order.path("buyer").path("email").asString());
            cookies.add(order.path("device").path("cookie_id").asString());
        }

        assertThat(orderIds).hasSize(requests);
        assertThat(emails).hasSize(ScreeningRequestBodies.BUYER_POOL);
        assertThat(cookies).hasSize(ScreeningRequestBodies.BUYER_POOL);
    }

    /** Stricter than the gateway's rule: no run could be a card number, whatever its check digit. */
    @Test
    void neverHoldsARunOfDigitsLongEnoughToBeACardNumber() {
        for (long sequence = 0; sequence < ScreeningRequestBodies.BUYER_POOL; sequence++) {
            Matcher run = DIGIT_RUN.matcher(new String(bodies.body(sequence), StandardCharsets.UTF_8));
            while (run.find()) {
                assertThat(run.group().replaceAll("[ -]", ""))
                        .as("digit run in request %d", sequence)
                        .hasSizeLessThan(13);
            }
        }
    }
}
