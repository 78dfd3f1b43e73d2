package jp.mamori.gateway.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.gateway.MovableClock;
import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.RunningGateway;
import jp.mamori.gateway.SharedGateway;
import jp.mamori.gateway.eccube.EcCubeRecords;
import jp.mamori.gateway.psp.events.PspPayments;
import jp.mamori.gateway.storage.GroupCommit;
import jp.mamori.psp.PspEvent;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The retention pass with the default settings (screenings kept 400 days, idempotency keys 7), on a gateway whose
 * clock the test sets back to screen orders "long ago": everything reaches the database as in production.
 */
class RetentionPassTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration LONG_AGO = Duration.ofDays(-401);

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway(new Class<?>[] {MovableClock.Setup.class});

    @Test
    void aPassDeletesTheScreeningsKeptLongEnoughWithEverythingTiedToThemAndNothingElse() {
        RunningGateway gateway = shared.get();
        MovableClock clock = gateway.bean(MovableClock.class);
        clock.set(LONG_AGO);
        String oldAnswered = screen(gateway, order("RT-1001", "hanako.yamada@example.jp"), "rt-1001", "OK");
        String oldResolved = screen(gateway, order("RT-1002", "kenji.sato@mailinator.com"), null, "REVIEW");
        post(gateway, "/v1/screenings/" + oldResolved + "/review", "{\"resolution\": \"OK\"}").expectStatus().isCreated();
        String oldOpen = screen(gateway, order("RT-1003", "d.ito@guerrillamail.com"), null, "REVIEW");
        String oldHeld = screen(gateway, order("RT-1004", "sakura.w@yopmail.com"), null, "REVIEW");
        post(gateway, "/v1/screenings/" + oldHeld + "/review", "{\"resolution\": \"HOLD\", \"note\": \"折り返し待ち\"}")
                .expectStatus().isCreated();
        String oldFraud = screen(gateway, order("RT-1005", "tensai.kaitori@example.jp"), null, "OK");
        post(gateway, "/v1/screenings/" + oldFraud + "/feedback", "{\"type\": \"fraud_confirmed\"}").expectStatus().isCreated();
        String oldAuthorized = authorize(gateway, "RT-1006", "taro.suzuki@example.jp", "8815329842810006");
        screenedOnEcCube(gateway, "kyoto-tea", 1001, oldAnswered);

        clock.set(Duration.ofDays(-30));
        String recent = screen(gateway, order("RT-2001", "naoki.k@mailinator.com"), "rt-2001", "REVIEW");
        post(gateway, "/v1/screenings/" + recent + "/review", "{\"resolution\": \"OK\"}").expectStatus().isCreated();
        post(gateway, "/v1/screenings/" + recent + "/feedback", "{\"type\": \"chargeback\"}").expectStatus().isCreated();
        String recentAuthorized = authorize(gateway, "RT-2002", "yoko.tanaka@example.jp", "8815329842820002");
        screenedOnEcCube(gateway, "kyoto-tea", 2001, recent);

        clock.set(Duration.ZERO);
        MeterRegistry meters = gateway.bean(MeterRegistry.class);
        double screeningsBefore = deletedCounted(meters, "screenings");
        double keysBefore = deletedCounted(meters, "idempotency_keys");

        RetentionPass.Deleted deleted = gateway.bean(RetentionPass.class).pass().block(WAIT);

        assertThat(deleted).isEqualTo(new RetentionPass.Deleted(4, 2));
        assertThat(deletedCounted(meters, "screenings") - screeningsBefore).isEqualTo(4);
        assertThat(deletedCounted(meters, "idempotency_keys") - keysBefore).isEqualTo(2);
        assertThat(meters.get("mamori.retention.last.pass.timestamp").gauge().value())
                .isCloseTo(Instant.now().getEpochSecond(), Offset.offset(60.0));
        for (String gone : List.of(oldAnswered, oldResolved, oldFraud, oldAuthorized)) {
            assertThat(rowsOf(gateway, gone)).as(gone).containsExactly(0L, 0L, 0L, 0L, 0L, 0L);
            get(gateway, "/v1/screenings/" + gone).expectStatus().isNotFound();
        }
        assertThat(rowsOf(gateway, oldOpen)).containsExactly(1L, 1L, 0L, 0L, 0L, 0L);
        assertThat(rowsOf(gateway, oldHeld)).containsExactly(1L, 1L, 1L, 0L, 0L, 0L);
        assertThat(rowsOf(gateway, recent)).containsExactly(1L, 1L, 1L, 1L, 0L, 1L);
        assertThat(rowsOf(gateway, recentAuthorized)).containsExactly(1L, 1L, 0L, 0L, 1L, 0L);
        assertThat(count(gateway, "SELECT COUNT(*) FROM ec_cube_screening WHERE order_id = 1001")).isZero();
        assertThat(count(gateway, "SELECT COUNT(*) FROM ec_cube_screening WHERE order_id = 2001")).isOne();
        assertThat(count(gateway, "SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key IN ('rt-1001', 'rt-2001')"))
                .as("both older than 7 days").isZero();
        assertThat(count(gateway, "SELECT COUNT(*) FROM negative_list WHERE screening_id = '" + oldFraud + "'"))
                .as("the shared list's, not the screening's").isOne();

        assertThat(reviewQueue(gateway)).contains(oldOpen, oldHeld).doesNotContain(oldResolved);
        get(gateway, "/v1/screenings/" + oldHeld).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("open");
        post(gateway, "/v1/screenings/" + oldFraud + "/feedback", "{\"type\": \"chargeback\"}").expectStatus().isNotFound();
        post(gateway, "/v1/screenings/" + oldResolved + "/review", "{\"resolution\": \"NG\"}").expectStatus().isNotFound();
        PspPayments payments = gateway.bean(PspPayments.class);
        assertThat(payments.screeningOf("demo", "adyen", PspEvent.Payment.of("RT-1006", "8815329842810006")).block(WAIT))
                .isNull();
        assertThat(payments.screeningOf("demo", "adyen", PspEvent.Payment.of(null, "8815329842820002")).block(WAIT))
                .isEqualTo(recentAuthorized);
        EcCubeRecords ecCube = gateway.bean(EcCubeRecords.class);
        assertThat(ecCube.lastFingerprint("kyoto-tea", 1001).block(WAIT)).isNull();
        assertThat(ecCube.lastFingerprint("kyoto-tea", 2001).block(WAIT)).isNotNull();

        NewMerchant other = NewMerchant.create(gateway.client(), "札幌 海産物センター");
        assertThat(reasonCodes(gateway, other, order("SP-77", "tensai.kaitori@example.jp"))).contains("NEGATIVE_LIST_MATCH");
        RunningGateway restarted = shared.restart();
        assertThat(reasonCodes(restarted, other, order("SP-78", "tensai.kaitori@example.jp")))
                .as("listed after a restart, its screening deleted").contains("NEGATIVE_LIST_MATCH");
        get(restarted, "/v1/screenings/" + oldAnswered).expectStatus().isNotFound();
        get(restarted, "/v1/screenings/" + oldOpen).expectStatus().isOk();
    }

    @Test
    void idempotencyKeysExpireOnTheirOwnAndARetryAfterThatIsANewScreening() {
        RunningGateway gateway = shared.get();
        MovableClock clock = gateway.bean(MovableClock.class);
        String expiredBody = order("IK-1001", "misaki.ono@example.jp");
        String keptBody = order("IK-1002", "ren.kato@example.jp");
        clock.set(Duration.ofDays(-8));
        String expired = screen(gateway, expiredBody, "ik-1001", "OK");
        clock.set(Duration.ofDays(-6));
        String kept = screen(gateway, keptBody, "ik-1002", "OK");
        clock.set(Duration.ZERO);

        assertThat(gateway.bean(RetentionPass.class).pass().block(WAIT)).isEqualTo(new RetentionPass.Deleted(0, 1));

        get(gateway, "/v1/screenings/" + expired).expectStatus().isOk();
        assertThat(screen(gateway, expiredBody, "ik-1001", "OK")).isNotEqualTo(expired);
        assertThat(screen(gateway, keptBody, "ik-1002", "OK")).isEqualTo(kept);
    }

    @Test
    void aScreeningAClerkPutsOnHoldBetweenTheLookAndTheDeleteIsKept() {
        RunningGateway gateway = shared.get();
        MovableClock clock = gateway.bean(MovableClock.class);
        clock.set(LONG_AGO);
        String resolved = screen(gateway, order("HD-1001", "shota.abe@mailinator.com"), null, "REVIEW");
        post(gateway, "/v1/screenings/" + resolved + "/review", "{\"resolution\": \"NG\"}").expectStatus().isCreated();
        clock.set(Duration.ZERO);
        ExpiredRecords records = gateway.bean(ExpiredRecords.class);
        Instant before = clock.instant().minus(Duration.ofDays(400));
        List<ExpiredRecords.Place> found = records.screenedBefore(before, ExpiredRecords.Place.FIRST, 100).block(WAIT);
        assertThat(found).extracting(ExpiredRecords.Place::id).contains(resolved);

        post(gateway, "/v1/screenings/" + resolved + "/review", "{\"resolution\": \"HOLD\", \"note\": \"本人確認中\"}")
                .expectStatus().isCreated();

        assertThat(records.forgetScreenings(found, before).block(WAIT)).isEqualTo(found.size() - 1);
        get(gateway, "/v1/screenings/" + resolved).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("open");
    }

    /**
     * How many rows of each kind the screening has: itself, keys (1 for any), reviews, feedback, authorizations, EC-CUBE
     * order.
     */
    private static List<Long> rowsOf(RunningGateway gateway, String screeningId) {
        String id = "'" + screeningId + "'";
        return List.of(
                count(gateway, "SELECT COUNT(*) FROM screenings WHERE id = " + id),
                Math.min(count(gateway, "SELECT COUNT(*) FROM screening_keys WHERE screening_id = " + id), 1),
                count(gateway, "SELECT COUNT(*) FROM screening_reviews WHERE screening_id = " + id),
                count(gateway, "SELECT COUNT(*) FROM screening_feedback WHERE screening_id = " + id),
                count(gateway, "SELECT COUNT(*) FROM authorizations WHERE screening_id = " + id),
                count(gateway, "SELECT COUNT(*) FROM ec_cube_screened WHERE screening_id = " + id));
    }

    private static long count(RunningGateway gateway, String sql) {
        return gateway.bean(DatabaseClient.class).sql(sql).map(row -> row.get(0, Long.class)).one().block(WAIT);
    }

    private static double deletedCounted(MeterRegistry meters, String what) {
        return meters.get("mamori.retention.deleted").tag("what", what).counter().count();
    }

    /** The rows the EC-CUBE bridge keeps of an order it screened: the content screened, and the one it set out to. */
    private static void screenedOnEcCube(RunningGateway gateway, String shop, long orderId, String screeningId) {
        Instant at = gateway.bean(MovableClock.class).instant();
        gateway.bean(GroupCommit.class).write(sql -> {
            sql.update("INSERT INTO ec_cube_screening (shop, order_id, fingerprint, started_at) VALUES (?, ?, ?, ?)",
                    shop, orderId, "ab".repeat(32), at);
            return sql.update("INSERT INTO ec_cube_screened (shop, order_id, fingerprint, screening_id, written_back, "
                    + "screened_at) VALUES (?, ?, ?, ?, 'WRITTEN', ?)", shop, orderId, "ab".repeat(32), screeningId, at);
        }).block(WAIT);
    }

    static String order(String orderId, String email) {
        return """
                {"order_id": "%s", "amount": {"value": 3980, "currency": "JPY"},
                 "buyer": {"name": {"family": "山田", "given": "花子", "family_kana": "ヤマダ", "given_kana": "ハナコ"},
                           "email": "%s"},
                 "items": [{"sku": "TEA-UJI-100", "name": "宇治抹茶 100g", "quantity": 1, "unit_price": 3980,
                            "first_purchase_only": false}]}
                """.formatted(orderId, email);
    }

    /** Screens an order for the demo merchant, checking the decision; answers the screening id. */
    static String screen(RunningGateway gateway, String order, String idempotencyKey, String decision) {
        WebTestClient.RequestBodySpec request = gateway.client().post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                .contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        String answer = new String(request.bodyValue(order).exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
        assertThat((String) JsonPath.read(answer, "$.decision")).as(answer).isEqualTo(decision);
        return JsonPath.read(answer, "$.screening_id");
    }

    /** A PSP's authorization for the demo merchant, answered in time; answers the screening id once it is recorded. */
    private static String authorize(RunningGateway gateway, String orderId, String email, String pspReference) {
        String body = """
                {"order_id": "%s", "amount": {"value": 12800, "currency": "JPY"}, "buyer": {"email": "%s"},
                 "payment": {"method": "card", "card": {"bin": "411111", "last4": "1111"},
                             "psp": {"provider": "adyen", "reference": "%s"}}, "deadline_ms": 2000}
                """.formatted(orderId, email, pspReference);
        String answer = new String(post(gateway, "/v1/authorizations", body).expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
        String screeningId = JsonPath.read(answer, "$.screening_id");
        await().atMost(WAIT).until(() -> count(gateway,
                "SELECT COUNT(*) FROM authorizations WHERE screening_id = '" + screeningId + "'") == 1);
        return screeningId;
    }

    private static List<String> reviewQueue(RunningGateway gateway) {
        String page = new String(get(gateway, "/v1/screenings?decision=REVIEW&status=open&limit=100")
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
        return JsonPath.read(page, "$.screenings[*].screening_id");
    }

    private static List<String> reasonCodes(RunningGateway gateway, NewMerchant merchant, String order) {
        String answer = new String(gateway.client().post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + merchant.apiKey())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order)
                .exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
        return JsonPath.read(answer, "$.reasons[*].code");
    }

    static WebTestClient.ResponseSpec post(RunningGateway gateway, String path, String body) {
        return gateway.client().post().uri(path)
                .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    static WebTestClient.ResponseSpec get(RunningGateway gateway, String path) {
        return gateway.client().get().uri(path).header("Authorization", "Bearer " + RunningGateway.DEMO_KEY).exchange();
    }
}
