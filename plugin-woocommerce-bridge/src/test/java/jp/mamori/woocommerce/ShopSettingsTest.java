package jp.mamori.woocommerce;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jp.mamori.connector.Decision;
import jp.mamori.connector.signature.Secret;
import org.junit.jupiter.api.Test;

class ShopSettingsTest {

    private final ShopSettings settings = ShopSettings.of("naniwa-zakka", URI.create("https://naniwa-zakka.example.co.jp/shop"),
            new ShopCredentials(FakeShop.CONSUMER_KEY, FakeShop.CONSUMER_SECRET), List.of(Secret.utf8("wc-webhook-secret")));

    @Test
    void defaultsHoldReviewAndNgAndOnlyNoteOk() {
        assertThat(settings.onDecision()).containsEntry(Decision.OK, WriteBackAction.NOTE)
                .containsEntry(Decision.REVIEW, WriteBackAction.HOLD).containsEntry(Decision.NG, WriteBackAction.HOLD);
        assertThat(settings.screenStatuses()).containsExactlyInAnyOrder("pending", "processing", "on-hold");
        assertThat(settings.notesInEnglish()).isFalse();
    }

    @Test
    void theShopsPartsShareItsSettings() {
        byte[] ping = "webhook_id=3".getBytes(UTF_8);
        assertThat(settings.verifier().verify(ping, WooWebhookHeaders.from(java.util.Map.of())).kind())
                .isEqualTo(WooWebhookOutcome.Kind.PING);
        WooOrder order = settings.translator(Clock.fixed(Instant.parse("2026-05-20T00:00:00Z"), ZoneOffset.UTC))
                .translate(WooPayloads.read(WooPayloads.BANK_TRANSFER));
        assertThat(order.request().buyer().name().familyKana()).isEqualTo("サトウ");
        assertThat(settings.filter().decide(order, null)).isEqualTo(ScreeningFilter.Verdict.SCREEN);
    }

    @Test
    void aShopNeedsAWebhookSecret() {
        assertThatThrownBy(() -> ShopSettings.of("naniwa-zakka", settings.baseUrl(), settings.credentials(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
