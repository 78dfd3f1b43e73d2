package jp.mamori.gateway.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.engine.IpIntelligence;
import jp.mamori.engine.MailDomainStatus;
import jp.mamori.engine.ProviderLookups;
import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.RunningGateway;
import jp.mamori.gateway.SharedGateway;
import jp.mamori.psp.authorization.AuthorizationAnswer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code POST /v1/authorizations} on a started gateway, with a screening that can be made to stall. */
class AuthorizationApiTest {

    private static final Duration STALL = Duration.ofMillis(1_500);

    /** Screenings of buyers at {@code stall.example} block their thread, as a stalled engine would. */
    @Configuration(proxyBeanMethods = false)
    static class StallingScreenings {
        @Bean
        @Primary
        ProviderLookups stallingLookups() {
            return new ProviderLookups(domain -> {
                if (domain.equals("stall.example")) {
                    try {
                        Thread.sleep(STALL.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return CompletableFuture.completedFuture(MailDomainStatus.UNKNOWN);
            }, IpIntelligence.OFF);
        }
    }

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway(new Class<?>[] {StallingScreenings.class});
    private static RunningGateway gateway;
    private static WebTestClient client;

    @BeforeAll
    static void start() {
        gateway = shared.get();
        client = gateway.client().mutate().responseTimeout(Duration.ofSeconds(20)).build();
    }

    private static String body(String orderId, String email, String extra) {
        return """
                {"order_id": "%s", "ordered_at": "%s", "amount": {"value": 12800, "currency": "JPY"},
                 "buyer": {"email": "%s"},
                 "payment": {"method": "card", "card": {"bin": "411111", "last4": "1111"},
                             "psp": {"provider": "adyen", "reference": "8815329842815467"}}%s}
                """.formatted(orderId, Instant.now().minusSeconds(5), email, extra);
    }

    private static WebTestClient.ResponseSpec post(String body) {
        return post(RunningGateway.DEMO_KEY, body);
    }

    private static WebTestClient.ResponseSpec post(String apiKey, String body) {
        return client.post().uri("/v1/authorizations")
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .bodyValue(body)
                .exchange();
    }

    private static Map<String, Object> authorize(String body) {
        return authorize(RunningGateway.DEMO_KEY, body);
    }

    private static Map<String, Object> authorize(String apiKey, String body) {
        return post(apiKey, body)
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
    }

    /** A new merchant with {@code policy} as its authorization policy. */
    private static NewMerchant merchantWith(String name, String policy) {
        NewMerchant merchant = NewMerchant.create(client, name);
        gateway.admin().put().uri("/admin/merchants/{id}/authorization-policy", merchant.id())
                .header("Content-Type", "application/json").bodyValue(policy)
                .exchange().expectStatus().isOk();
        return merchant;
    }

    /** The screening ids of the merchant's review queue, newest first. */
    private static List<String> reviewQueue(NewMerchant merchant) {
        String page = new String(client.get().uri("/v1/screenings?decision=REVIEW&status=open")
                .header("Authorization", "Bearer " + merchant.apiKey())
                .exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        return JsonPath.read(page, "$.screenings[*].screening_id");
    }

    @Test
    void anAuthorizationInTimeIsAnsweredWithItsScreeningsDecision() {
        Map<String, Object> answer = authorize(body("A-1001", "hanako@example.jp", ", \"deadline_ms\": 2000"));

        assertThat(answer).containsEntry("action", "accept").containsEntry("decision", "OK").containsEntry("fallback", false);
        assertThat(answer.get("three_ds")).isEqualTo(Map.of("recommendation", "frictionless", "challenge_indicator", "05"));
        assertThat((String) answer.get("authorization_id")).startsWith("auth_");
        String screeningId = (String) answer.get("screening_id");
        client.get().uri("/v1/screenings/" + screeningId).header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(10)).until(() -> authorization(screeningId) != null);
        assertThat(authorization(screeningId)).containsEntry("PSP_PROVIDER", "adyen")
                .containsEntry("PSP_REFERENCE", "8815329842815467").containsEntry("FALLBACK", false);
    }

    @Test
    void aStalledScreeningIsAnsweredWithTheFallbackAtItsDeadlineAndCompletedAfter() {
        double fallbacksBefore = fallbacksCounted();
        long started = System.nanoTime();
        Map<String, Object> answer = authorize(body("A-1002", "taro@stall.example", ", \"deadline_ms\": 100"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer).containsEntry("action", "accept").containsEntry("fallback", true).containsEntry("decision", null);
        // Not a speed target (the benchmark measures deadline + 25 ms): only that the answer did not wait for the stall.
        assertThat(took).isLessThan(STALL);
        String screeningId = (String) answer.get("screening_id");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> client.get().uri("/v1/screenings/" + screeningId)
                .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY).exchange().expectStatus().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> authorization(screeningId) != null);
        assertThat(authorization(screeningId)).containsEntry("FALLBACK", true).containsEntry("ACTION", "accept");
        assertThat(fallbacksCounted()).isEqualTo(fallbacksBefore + 1);
    }

    private static double fallbacksCounted() {
        Counter counted = gateway.bean(MeterRegistry.class).find("mamori.authorizations")
                .tag("action", "accept").tag("fallback", "true").counter();
        return counted == null ? 0 : counted.count();
    }

    @Test
    void aMerchantWhosePspCannotChallengeIsToldToAcceptAReviewWhichStaysInTheReviewQueue() {
        NewMerchant merchant = merchantWith("仙台 牛たん通販", "{\"actions\": {\"REVIEW\": \"accept\"}}");

        Map<String, Object> answer = authorize(merchant.apiKey(),
                body("A-2001", "kenta.a2001@mailinator.com", ", \"deadline_ms\": 2000"));

        assertThat(answer).containsEntry("decision", "REVIEW").containsEntry("action", "accept").containsEntry("fallback", false);
        assertThat(answer.get("three_ds")).isEqualTo(Map.of("recommendation", "frictionless", "challenge_indicator", "05"));
        assertThat(reviewQueue(merchant)).containsExactly((String) answer.get("screening_id"));
    }

    @Test
    void aStalledScreeningIsAnsweredWithTheMerchantsOwnFallback() {
        NewMerchant merchant = merchantWith("金沢 金箔工房", "{\"fallback\": \"challenge\"}");

        Map<String, Object> answer = authorize(merchant.apiKey(), body("A-2002", "jiro@stall.example", ", \"deadline_ms\": 100"));

        assertThat(answer).containsEntry("action", "challenge").containsEntry("fallback", true).containsEntry("decision", null);
        String screeningId = (String) answer.get("screening_id");
        await().atMost(Duration.ofSeconds(10)).until(() -> authorization(screeningId) != null);
        assertThat(authorization(screeningId)).containsEntry("FALLBACK", true).containsEntry("ACTION", "challenge");
    }

    @Test
    void aStalledAuthorizationWhoseScreeningTurnsOutNgLandsInTheReviewQueueAndAnOkOneDoesNot() {
        NewMerchant merchant = NewMerchant.create(client, "博多 明太子本舗");
        // An earlier order from the same device, answered in time and later confirmed as fraud: the device is on the
        // negative list, and the next screening from it is NG.
        String device = ", \"device\": {\"cookie_id\": \"ck_7f3a9e21\"}";
        Map<String, Object> reported = authorize(merchant.apiKey(),
                body("A-3000", "saburo@example.jp", device + ", \"deadline_ms\": 2000"));
        client.post().uri("/v1/screenings/" + reported.get("screening_id") + "/feedback")
                .header("Authorization", "Bearer " + merchant.apiKey())
                .header("Content-Type", "application/json").bodyValue("{\"type\": \"fraud_confirmed\"}")
                .exchange().expectStatus().isCreated();

        Map<String, Object> refused = authorize(merchant.apiKey(),
                body("A-3001", "saburo@stall.example", device + ", \"deadline_ms\": 100"));
        Map<String, Object> genuine = authorize(merchant.apiKey(),
                body("A-3002", "shiro@stall.example", ", \"deadline_ms\": 100"));

        assertThat(refused).containsEntry("action", "accept").containsEntry("fallback", true);
        assertThat(genuine).containsEntry("action", "accept").containsEntry("fallback", true);
        String refusedId = (String) refused.get("screening_id");
        String genuineId = (String) genuine.get("screening_id");
        await().atMost(Duration.ofSeconds(10)).until(() -> reviewQueue(merchant).contains(refusedId));
        // Both screenings are stored and their authorizations recorded by now: the OK one had its chance to be queued.
        await().atMost(Duration.ofSeconds(10)).until(() -> authorization(genuineId) != null);
        assertThat(reviewQueue(merchant)).containsExactly(refusedId);
        client.get().uri("/v1/screenings?decision=REVIEW&status=open").header("Authorization", "Bearer " + merchant.apiKey())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.screenings[0].decision").isEqualTo("NG")
                .jsonPath("$.screenings[0].reasons[0].code").isEqualTo("NEGATIVE_LIST_MATCH")
                .jsonPath("$.screenings[0].queued_because").isEqualTo("fallback")
                .jsonPath("$.screenings[0].status").isEqualTo("open");

        client.post().uri("/v1/screenings/" + refusedId + "/review").header("Authorization", "Bearer " + merchant.apiKey())
                .header("Content-Type", "application/json").bodyValue("{\"resolution\": \"NG\", \"note\": \"決済を取り消し\"}")
                .exchange().expectStatus().isCreated();

        assertThat(reviewQueue(merchant)).isEmpty();
        client.get().uri("/v1/screenings/" + refusedId).header("Authorization", "Bearer " + merchant.apiKey())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.decision").isEqualTo("NG")
                .jsonPath("$.queued_because").isEqualTo("fallback")
                .jsonPath("$.status").isEqualTo("resolved");
    }

    @Test
    void aRequestThatWaitedPastItsDeadlineBeforeItsHandlerGotItIsAnsweredTheFallbackAtOnce() {
        long arrivedLongAgo = System.nanoTime() - Duration.ofMillis(500).toNanos();

        AuthorizationService service = gateway.bean(AuthorizationService.class);
        AuthorizationAnswer answer = service.authorize("demo",
                service.read(body("A-1005", "hanako@example.jp", ", \"deadline_ms\": 200").getBytes(StandardCharsets.UTF_8)),
                arrivedLongAgo).block(Duration.ofSeconds(10));

        assertThat(answer.fallback()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> authorization(answer.screeningId()) != null);
    }

    @Test
    void aMerchantsKeyCannotActForAnotherMerchant() {
        post(body("A-1003", "hanako@example.jp", ", \"merchant_id\": \"someone-else\"")).expectStatus().isForbidden();
    }

    @Test
    void aBadDeadlineIsRefusedNamingTheField() {
        post(body("A-1004", "hanako@example.jp", ", \"deadline_ms\": 5000"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("deadline_ms");
    }

    private static Map<String, Object> authorization(String screeningId) {
        return gateway.bean(DatabaseClient.class).sql("SELECT * FROM authorizations WHERE screening_id = :id")
                .bind("id", screeningId).fetch().one().block(Duration.ofSeconds(5));
    }
}
