package jp.mamori.gateway.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jp.mamori.gateway.NewMerchant;
import jp.mamori.gateway.RunningGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Declines a provider reported still count after the gateway restarts: they are rebuilt into state with velocity. */
class PspDeclinesRestartTest {

    private static final String ADYEN_KEY = "0F1E2D3C4B5A69788796A5B4C3D2E1F00F1E2D3C4B5A69788796A5B4C3D2E1F0";

    @TempDir
    Path dataDir;

    @Test
    void declinesReportedBeforeARestartStillHoldTheDevice() {
        NewMerchant merchant;
        try (RunningGateway gateway = RunningGateway.start(dataDir)) {
            merchant = NewMerchant.create(gateway.client(), "Kyoto Tea");
            gateway.admin().put().uri("/admin/psp-accounts/kyoto-adyen").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"provider\": \"adyen\", \"merchant_id\": \"" + merchant.id() + "\", \"merchant_accounts\": [\"KyotoTeaJP\"], \"hmac_keys\": [\""
                            + ADYEN_KEY + "\"]}")
                    .exchange().expectStatus().isOk();
            StringBuilder items = new StringBuilder();
            for (int i = 1; i <= 4; i++) {
                String reference = "99131407982200" + (10 + i);
                assertThat(authorize(gateway.client(), merchant, "KT-31" + i, reference, i)).containsEntry("action", "accept");
                items.append(i == 1 ? "" : ",").append(PspFixtures.adyenItem(reference, "", "KT-31" + i, 3000, "AUTHORISATION",
                        "false", ADYEN_KEY));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> count(gateway, "SELECT COUNT(*) FROM authorizations") == 4);
            gateway.client().post().uri("/hooks/psp/adyen/kyoto-adyen").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"live\": \"false\", \"notificationItems\": [" + items + "]}")
                    .exchange().expectStatus().isOk();
            await().atMost(Duration.ofSeconds(15)).until(() -> count(gateway, "SELECT COUNT(*) FROM psp_declines") == 4);
        }

        try (RunningGateway restarted = RunningGateway.start(dataDir)) {
            PspFixtures.warmUp(restarted.client(), NewMerchant.create(restarted.client(), "Warm-up"));
            Map<String, Object> next = authorize(restarted.client(), merchant, "KT-3199", "9913140798229999", 9);

            assertThat(next.get("action")).isNotEqualTo("accept");
            assertThat(next.toString()).contains("CARD_TESTING_DECLINES");
        }
    }

    private static Map<String, Object> authorize(WebTestClient client, NewMerchant merchant, String orderId, String reference,
                                                 int n) {
        return client.post().uri("/v1/authorizations").header("Authorization", "Bearer " + merchant.apiKey())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PspFixtures.order(PspFixtures.MORI, orderId, "ck_tester_1", "5100", "adyen", reference, "yuki.mori" + n + "@example.jp",
                        "080-3100-00" + (10 + n)))
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
    }

    private static long count(RunningGateway gateway, String sql) {
        return gateway.bean(DatabaseClient.class).sql(sql).map(row -> ((Number) row.get(0)).longValue()).one()
                .block(Duration.ofSeconds(5));
    }
}
