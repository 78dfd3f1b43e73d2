package jp.mamori.gateway.review;

import java.nio.file.Path;
import java.util.stream.Stream;

import jp.mamori.gateway.RunningGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every bad review, feedback or queue request is a 4xx problem that names the field; none is a 500. */
class ReviewBadInputTest {

    private static final String PROBLEMS = "https://mamori.jp/problems/";

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static Merchant demo;
    private static String screening;
    private static String othersScreening;

    @BeforeAll
    static void start() {
        gateway = RunningGateway.start(dataDir);
        demo = Merchant.demo(gateway);
        screening = demo.screen(Buyer.ITO.order("BAD-1"), "OK");
        othersScreening = Merchant.create(gateway, "富山 ます寿し本舗").screen(Buyer.SATO.order("TY-1"), "OK");
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static void assertProblem(WebTestClient.ResponseSpec response, HttpStatus status, String type, String field) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + type)
                .jsonPath("$.status").isEqualTo(status.value())
                .jsonPath("$.field").isEqualTo(field);
    }

    static Stream<Arguments> badReviews() {
        return Stream.of(
                Arguments.of("{\"resolution\": \"MAYBE\"}", "resolution"),
                Arguments.of("{\"resolution\": \"ng\"}", "resolution"),
                Arguments.of("{\"note\": \"確認中\"}", "resolution"),
                Arguments.of("{\"resolution\": 1}", "resolution"),
                Arguments.of("{\"resolution\": \"NG\", \"note\": \"" + "不".repeat(1001) + "\"}", "note"),
                Arguments.of("{\"resolution\": \"NG\", \"note\": [\"二重注文\"]}", "note"));
    }

    @ParameterizedTest
    @MethodSource
    void badReviews(String body, String field) {
        assertProblem(demo.review(screening, body), HttpStatus.BAD_REQUEST, "invalid-request", field);
    }

    @Test
    void aNoteOfExactlyAThousandCharactersIsKept() {
        demo.review(screening, "{\"resolution\": \"HOLD\", \"note\": \"" + "確".repeat(1000) + "\"}")
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.note").isEqualTo("確".repeat(1000));
    }

    static Stream<Arguments> badFeedback() {
        return Stream.of(
                Arguments.of("{\"type\": \"refund\"}", "type"),
                Arguments.of("{\"type\": \"CHARGEBACK\"}", "type"),
                // Only a provider's signed event reports these.
                Arguments.of("{\"type\": \"dispute\"}", "type"),
                Arguments.of("{\"type\": \"fraud_reported\"}", "type"),
                Arguments.of("{}", "type"),
                Arguments.of("{\"type\": \"chargeback\", \"note\": \"" + "返".repeat(1001) + "\"}", "note"));
    }

    @ParameterizedTest
    @MethodSource
    void badFeedback(String body, String field) {
        assertProblem(demo.feedback(screening, body), HttpStatus.BAD_REQUEST, "invalid-request", field);
    }

    @Test
    void anUnknownOrAnotherMerchantsScreeningIsNotFound() {
        for (String id : new String[] {"scr_00000000000000000000000000000000", othersScreening}) {
            assertProblem(demo.review(id, "{\"resolution\": \"NG\"}"), HttpStatus.NOT_FOUND, "not-found", "id");
            assertProblem(demo.feedback(id, "{\"type\": \"fraud_confirmed\"}"), HttpStatus.NOT_FOUND, "not-found", "id");
        }
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("decision=MAYBE", "decision"),
                Arguments.of("decision=review", "decision"),
                Arguments.of("status=closed", "status"),
                Arguments.of("limit=0", "limit"),
                Arguments.of("limit=201", "limit"),
                Arguments.of("limit=fifty", "limit"),
                Arguments.of("cursor=not-a-cursor", "cursor"));
    }

    @ParameterizedTest
    @MethodSource
    void badQueries(String query, String field) {
        assertProblem(demo.get("/v1/screenings?" + query), HttpStatus.BAD_REQUEST, "invalid-request", field);
    }

    @Test
    void theQueueNeedsAnApiKey() {
        gateway.client().get().uri("/v1/screenings?decision=REVIEW&status=open").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void malformedJsonIsABadRequest() {
        demo.post("/v1/screenings/" + screening + "/review", "{\"resolution\": ")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "malformed-json");
    }
}
