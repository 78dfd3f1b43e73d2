package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/** {@code /v1/screenings} on a started gateway: the happy path, authentication, idempotency and every bad input. */
@ExtendWith(OutputCaptureExtension.class)
class ScreeningApiTest {

    private static final String PROBLEMS = "https://mamori.jp/problems/";
    private static final String CARD_NUMBER = "4242424242424242";

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static WebTestClient client;

    @BeforeAll
    static void start() {
        gateway = RunningGateway.start(dataDir);
        client = gateway.client();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static WebTestClient.ResponseSpec post(String body, String... headers) {
        WebTestClient.RequestBodySpec request = client.post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                .contentType(MediaType.APPLICATION_JSON);
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.bodyValue(body).exchange();
    }

    private static final java.util.concurrent.atomic.AtomicInteger BUYERS = new java.util.concurrent.atomic.AtomicInteger(1970);

    /** A different, real-looking mailbox each time (yamada.taro1971@…), so tests never share velocity. */
    private static String uniqueEmail(String domain) {
        return "yamada.taro" + BUYERS.incrementAndGet() + "@" + domain;
    }

    private static String minutesAgo(int minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(9)).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void screensAnOrderAndReadsTheScreeningBack() {
        byte[] answer = post(Orders.order("WC-10001", uniqueEmail("docomo.ne.jp")))
                .expectStatus().isCreated()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueMatches("Location", "/v1/screenings/scr_[0-9a-f]{32}")
                .expectBody()
                .jsonPath("$.screening_id").value(id -> assertThat((String) id).startsWith("scr_"))
                .jsonPath("$.order_id").isEqualTo("WC-10001")
                .jsonPath("$.decision").isEqualTo("OK")
                .jsonPath("$.score").isEqualTo(0)
                .jsonPath("$.reasons").isEmpty()
                .jsonPath("$.recommendation.three_ds").isEqualTo("none")
                .jsonPath("$.policy_version").isEqualTo("default-2026-11-29.1")
                .returnResult().getResponseBody();
        String id = com.jayway.jsonpath.JsonPath.read(new String(answer), "$.screening_id");

        client.get().uri("/v1/screenings/" + id)
                .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                .exchange()
                .expectStatus().isOk()
                .expectBody().json(new String(answer));
    }

    @Test
    void disposableEmailIsHeldForReviewWithReasonsInBothLanguages() {
        post(Orders.order("WC-10002", uniqueEmail("mailinator.com")))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.decision").isEqualTo("REVIEW")
                .jsonPath("$.score").isEqualTo(45)
                .jsonPath("$.reasons[0].code").isEqualTo("EMAIL_DISPOSABLE_DOMAIN")
                .jsonPath("$.reasons[0].weight").isEqualTo(45)
                .jsonPath("$.reasons[0].message").value(m -> assertThat((String) m).contains("disposable"))
                .jsonPath("$.reasons[0].message_ja").value(m -> assertThat((String) m).contains("使い捨て"));
    }

    @Test
    void aSecurityCodeTheIssuerRejectedIsHeldForReview() {
        String order = Orders.order("WC-10003", uniqueEmail("docomo.ne.jp"))
                .replace("\"issuer_country\": \"JP\"", "\"issuer_country\": \"JP\", \"cvc_result\": \"mismatch\", \"avs_result\": \"not_checked\"");
        post(order)
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.decision").isEqualTo("REVIEW")
                .jsonPath("$.reasons[0].code").isEqualTo("PAYMENT_CVC_MISMATCH")
                .jsonPath("$.reasons[0].weight").isEqualTo(40)
                .jsonPath("$.reasons[0].message_ja").value(m -> assertThat((String) m).contains("セキュリティコード"));
    }

    @Test
    void theFourthOrderWithinAnHourFromOneMailboxIsFlaggedHoweverTheAddressIsWritten() {
        String box = "hanako" + UUID.randomUUID().toString().substring(0, 6);
        String[] spellings = {box + "@gmail.com", box.substring(0, 3) + "." + box.substring(3) + "@gmail.com",
                box + "+shop@GoogleMail.com"};
        for (int i = 0; i < 3; i++) {
            post(Orders.minimal("V-" + box + "-" + i, spellings[i], minutesAgo(40 - i * 10)))
                    .expectStatus().isCreated()
                    .expectBody().jsonPath("$.decision").isEqualTo("OK");
        }
        post(Orders.minimal("V-" + box + "-3", box.toUpperCase() + "@gmail.com", minutesAgo(1)))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.reasons[0].code").isEqualTo("VELOCITY_EMAIL_1H")
                .jsonPath("$.reasons[0].message_ja").value(m -> assertThat((String) m).contains("4件"))
                .jsonPath("$.decision").isEqualTo("REVIEW");
    }

    @Test
    void requestsWithoutAValidApiKeyAreRefused() {
        for (String authorization : new String[] {null, "Bearer mk_not-a-key", "Basic ZGVtbzpkZW1v", "Bearer "}) {
            WebTestClient.RequestBodySpec request = client.post().uri("/v1/screenings").contentType(MediaType.APPLICATION_JSON);
            if (authorization != null) {
                request = request.header("Authorization", authorization);
            }
            request.bodyValue(Orders.order("WC-401", "a@example.jp")).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                    .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "unauthorized");
        }
        client.get().uri("/v1/screenings/scr_0").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aMerchantCannotReadAnotherMerchantsScreening() {
        String otherKey = AdminApiTest.createMerchant(client, "楽天堂 横浜店");
        String id = com.jayway.jsonpath.JsonPath.read(new String(post(Orders.order("WC-10003", uniqueEmail("yahoo.co.jp")))
                .expectStatus().isCreated().expectBody().returnResult().getResponseBody()), "$.screening_id");

        client.get().uri("/v1/screenings/" + id).header("Authorization", "Bearer " + otherKey)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-found");
    }

    @Test
    void theSameIdempotencyKeyAndBodyReturnTheSameScreening() {
        String key = "order-" + UUID.randomUUID();
        String body = Orders.order("WC-10004", uniqueEmail("gmail.com"));
        String first = new String(post(body, "Idempotency-Key", key).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "false")
                .expectBody().returnResult().getResponseBody());
        String second = new String(post(body, "Idempotency-Key", key).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().returnResult().getResponseBody());
        assertThat(second).isEqualTo(first);

        post(Orders.order("WC-10005", uniqueEmail("gmail.com")), "Idempotency-Key", key)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "idempotency-key-reused");
    }

    @Test
    void concurrentRequestsWithOneIdempotencyKeyMakeOneScreening() {
        String key = "burst-" + UUID.randomUUID();
        String body = Orders.order("WC-10007", uniqueEmail("gmail.com"));
        List<String> ids = Flux.range(0, 8)
                .flatMap(i -> WebClient.create(gateway.baseUrl()).post().uri("/v1/screenings")
                        .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .retrieve()
                        .bodyToMono(String.class)
                        .map(answer -> (String) com.jayway.jsonpath.JsonPath.read(answer, "$.screening_id")))
                .collectList()
                .block(Duration.ofSeconds(30));
        assertThat(ids).hasSize(8);
        assertThat(Set.copyOf(ids)).hasSize(1);
    }

    @Test
    void anUnusableIdempotencyKeyIsNamed() {
        post(Orders.order("WC-10006", uniqueEmail("gmail.com")), "Idempotency-Key", "x".repeat(300))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("Idempotency-Key");
    }

    static Stream<Arguments> badBodies() {
        String valid = Orders.order("WC-20001", "taro@example.jp");
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
        return Stream.of(
                Arguments.of("order_id missing", valid.replace("\"order_id\": \"WC-20001\",", ""), "invalid-request", "order_id"),
                Arguments.of("amount missing", valid.replace("\"amount\": {\"value\": 12800, \"currency\": \"JPY\"},", ""),
                        "invalid-request", "amount"),
                Arguments.of("amount.value a string", valid.replace("\"value\": 12800", "\"value\": \"12800円\""),
                        "invalid-request", "amount.value"),
                Arguments.of("amount.value negative", valid.replace("\"value\": 12800", "\"value\": -1"),
                        "invalid-request", "amount.value"),
                Arguments.of("amount.currency not ISO 4217", valid.replace("\"JPY\"", "\"YEN\""),
                        "invalid-request", "amount.currency"),
                Arguments.of("ordered_at in the future",
                        valid.replace("\"order_id\": \"WC-20001\",", "\"order_id\": \"WC-20001\", \"ordered_at\": \"" + future + "\","),
                        "invalid-request", "ordered_at"),
                Arguments.of("ordered_at not a timestamp",
                        valid.replace("\"order_id\": \"WC-20001\",", "\"order_id\": \"WC-20001\", \"ordered_at\": \"昨日\","),
                        "invalid-request", "ordered_at"),
                Arguments.of("items[0].quantity zero", valid.replace("\"quantity\": 2", "\"quantity\": 0"),
                        "invalid-request", "items[0].quantity"),
                Arguments.of("device.ip not an address", valid.replaceFirst("\"ip\": \"[0-9.]+\"", "\"ip\": \"203.0.113.256\""),
                        "invalid-request", "device.ip"),
                Arguments.of("device.timezone unknown", valid.replace("Asia/Tokyo", "Tokyo"),
                        "invalid-request", "device.timezone"),
                Arguments.of("payment.card.cvc_result in Stripe's words", valid.replace("\"issuer_country\": \"JP\"",
                        "\"issuer_country\": \"JP\", \"cvc_result\": \"fail\""), "invalid-request", "payment.card.cvc_result"),
                Arguments.of("payment.card.last4 too long", valid.replace("\"last4\": \"1111\"", "\"last4\": \"11111\""),
                        "invalid-request", "payment.card.last4"),
                Arguments.of("buyer a string", valid.replaceFirst("\"buyer\": \\{", "\"buyer\": \"山田\", \"x\": {"),
                        "invalid-request", "buyer"),
                Arguments.of("unknown field", valid.replace("\"email\":", "\"emial\": \"t@example.jp\", \"email\":"),
                        "invalid-request", "buyer.emial"),
                Arguments.of("card number in an address line",
                        valid.replace("表参道ハイツ101", "表参道ハイツ101 " + CARD_NUMBER), "card-number-refused",
                        "billing_address.line2"),
                Arguments.of("card number grouped in the card bin",
                        valid.replace("\"bin\": \"411111\"", "\"bin\": \"4242 4242 4242 4242\""), "card-number-refused",
                        "payment.card.bin"),
                Arguments.of("card number as the order id", valid.replace("\"WC-20001\"", CARD_NUMBER),
                        "card-number-refused", "order_id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badInputGetsA400NamingTheField(String name, String body, String type, String field, CapturedOutput output) {
        post(body)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + type)
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.field").isEqualTo(field)
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("4242"));
        assertThat(output.getAll()).doesNotContain("4242 4242").doesNotContain(CARD_NUMBER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void malformedJsonGetsA400WithoutEchoingTheBody(String name, String body) {
        post(body)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "malformed-json")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("秘密"));
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("truncated", "{\"order_id\": \"秘密"),
                Arguments.of("an array", "[{\"order_id\": \"秘密\"}]"),
                Arguments.of("a string", "\"秘密\""),
                Arguments.of("empty", ""),
                Arguments.of("duplicate keys", "{\"order_id\": \"1\", \"order_id\": \"秘密\"}"),
                Arguments.of("trailing garbage", "{\"order_id\": \"1\"} 秘密"));
    }

    @Test
    void anOversizedBodyGets413() {
        String padding = "あ".repeat(100_000);
        post(Orders.order("WC-413", "big@example.jp").replace("表参道ハイツ101", padding))
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "payload-too-large");
    }

    @Test
    void aBodyThatIsNotJsonGets415() {
        client.post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("order_id=1")
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "unsupported-media-type");
    }

    @Test
    void unknownPathsAndMethodsGetProblems() {
        client.get().uri("/v1/orders").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-found");
        client.delete().uri("/v1/screenings").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "method-not-allowed");
    }

    @Test
    void healthMetricsAndTheOpenApiDocumentAreServed() {
        post(Orders.order("WC-30001", uniqueEmail("au.com"))).expectStatus().isCreated();
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(text -> assertThat(text)
                        .containsPattern("mamori_screenings_total\\{[^}]*decision=\"OK\"[^}]*} [1-9]")
                        .contains("mamori_screening_latency_seconds_bucket"));
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/v1/screenings'].post").exists()
                .jsonPath("$.paths['/v1/screenings/{id}'].get").exists()
                .jsonPath("$.paths['/admin/merchants'].post").exists()
                .jsonPath("$.paths['/hooks/woocommerce/{shop}'].post.summary").exists()
                .jsonPath("$.paths['/hooks/ec-cube/{shop}'].post.parameters[0].name").isEqualTo("shop")
                .jsonPath("$.components.schemas.ScreeningRequest.properties.billing_address").exists()
                .jsonPath("$.components.schemas.ScreeningResult.properties.screening_id").exists();
    }
}
