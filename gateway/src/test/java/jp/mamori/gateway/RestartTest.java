package jp.mamori.gateway;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Stop the gateway and start it again over the same data: nothing it answered is forgotten. */
class RestartTest {

    @TempDir
    Path dataDir;

    private static WebTestClient.ResponseSpec screen(WebTestClient client, String body) {
        return client.post().uri("/v1/screenings")
                .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static String minutesAgo(int minutes) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void screeningsAndVelocitySurviveARestart() {
        String firstAnswer;
        try (RunningGateway before = RunningGateway.start(dataDir)) {
            firstAnswer = new String(screen(before.client(), Orders.minimal("R-1", "sato.kenji@gmail.com", minutesAgo(30)))
                    .expectStatus().isCreated().expectBody().returnResult().getResponseBody());
            for (int i = 2; i <= 3; i++) {
                screen(before.client(), Orders.minimal("R-" + i, "satokenji@gmail.com", minutesAgo(30 - i)))
                        .expectStatus().isCreated();
            }
        }
        String id = JsonPath.read(firstAnswer, "$.screening_id");

        try (RunningGateway after = RunningGateway.start(dataDir)) {
            after.client().get().uri("/v1/screenings/" + id)
                    .header("Authorization", "Bearer " + RunningGateway.DEMO_KEY)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().json(firstAnswer);
            screen(after.client(), Orders.minimal("R-4", "Sato.Kenji+2@gmail.com", minutesAgo(1)))
                    .expectStatus().isCreated()
                    .expectBody().jsonPath("$.reasons[0].code").isEqualTo("VELOCITY_EMAIL_1H");
        }
    }

    @Test
    void whoBoughtAFirstPurchaseOnlyItemSurvivesARestartBeyondVelocitysWindow() {
        try (RunningGateway before = RunningGateway.start(dataDir)) {
            screen(before.client(), Orders.trialSet("T-1", "kenji.sato.1990@gmail.com", minutesAgo(3 * 24 * 60)))
                    .expectStatus().isCreated()
                    .expectBody().jsonPath("$.decision").isEqualTo("OK");
        }

        try (RunningGateway after = RunningGateway.start(dataDir)) {
            screen(after.client(), Orders.trialSet("T-2", "k.sato.shop@outlook.jp", minutesAgo(1)))
                    .expectStatus().isCreated()
                    .expectBody()
                    .jsonPath("$.decision").isEqualTo("REVIEW")
                    .jsonPath("$.reasons[0].code").isEqualTo("FIRST_PURCHASE_ONLY_REPEAT_PERSON");
        }
    }
}
