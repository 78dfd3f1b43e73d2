package jp.mamori.gateway.shops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.mamori.gateway.RunningGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shops listed in the YAML file are connected at start, their secrets taken from the environment. */
class ShopsFileTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("shops.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aListedShopIsConnectedWithItsSecretsResolvedAndNeverShown() throws Exception {
        Path file = write("""
                shops:
                  kyoto-tea:
                    platform: woocommerce
                    merchant_id: demo
                    base_url: https://kyoto-tea.example.jp
                    credentials:
                      consumer_key: ${KYOTO_CK}
                      consumer_secret: ${KYOTO_CS}
                    webhook_secrets: ["${KYOTO_WEBHOOK_SECRET}"]
                    on_decision: {NG: cancel}
                    notes_language: ja
                """);
        try (RunningGateway gateway = RunningGateway.start(dir.resolve("data"), "mamori.shops-file=" + file,
                "KYOTO_CK=ck_from_env", "KYOTO_CS=cs_from_env", "KYOTO_WEBHOOK_SECRET=whsec_from_env")) {
            String shown = new String(gateway.client().get().uri("/admin/shops/kyoto-tea")
                    .header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                    .exchange().expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.base_url").isEqualTo("https://kyoto-tea.example.jp")
                    .jsonPath("$.on_decision.NG").isEqualTo("cancel")
                    .returnResult().getResponseBody(), StandardCharsets.UTF_8);
            assertThat(shown).doesNotContain("from_env");
            ShopRecords.StoredShop stored = gateway.bean(ShopRecords.class).find("kyoto-tea").block();
            assertThat(stored.secrets().consumerSecret()).isEqualTo("cs_from_env");
            assertThat(stored.secrets().webhookSecrets()).containsExactly("whsec_from_env");
        }
    }

    @Test
    void aMistakeInTheFileStopsTheStartNamingShopAndField() throws Exception {
        Path file = write("""
                shops:
                  osaka-tea:
                    platform: woocommerce
                    merchant_id: demo
                    base_url: http://osaka-tea.example.jp
                    credentials: {consumer_key: ck, consumer_secret: cs}
                """);
        assertThatThrownBy(() -> RunningGateway.start(dir.resolve("data"), "mamori.shops-file=" + file))
                .hasStackTraceContaining("shop osaka-tea")
                .hasStackTraceContaining("base_url")
                .hasStackTraceContaining("webhook_secrets");
    }
}
