package jp.mamori.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jp.mamori.connector.ScreenedContent;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.Sha256;
import org.junit.jupiter.api.Test;

class ScreenedContentTest {

    /**
     * The handler hands the fingerprint to the screening port as the request's SHA-256, which the port compares with
     * the one stored under the idempotency key: the two must be the same digest of the same wire form.
     */
    @Test
    void theFingerprintIsTheSha256OfTheRequestsWireForm() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-20T00:00:00Z"), ZoneOffset.UTC);
        ScreeningRequest request = new WooOrderTranslator(OrderMetaKeys.defaults(), clock)
                .translate(WooPayloads.read(WooPayloads.TOKYO)).request();

        assertThat(ScreenedContent.of(request).fingerprint())
                .isEqualTo(Sha256.hex(new ScreeningJson(clock).write(request)));
    }
}
