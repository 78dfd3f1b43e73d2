package jp.mamori.eccube;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class EcCubeDeliveryKeysTest {

    private final EcCubeOrderTranslator translator = new EcCubeOrderTranslator(
            Clock.fixed(Instant.parse("2026-05-17T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void twoWebhooksOfOneCheckoutWithinTheSameSecondAreTwoEvents() {
        // 8 (購入処理中) at the start of checkout, 1 (新規受付) 380 ms later.
        String started = EcCubeDeliveryKeys.webhook(Instant.parse("2026-05-17T03:12:45.104Z"));
        String completed = EcCubeDeliveryKeys.webhook(Instant.parse("2026-05-17T03:12:45.484Z"));

        assertThat(started).isNotEqualTo(completed);
        assertThat(EcCubeDeliveryKeys.webhook(Instant.parse("2026-05-17T03:12:45.104Z"))).isEqualTo(started);
    }

    @Test
    void aChangeReadAgainByTheNextPollIsTheSameEventAndALaterChangeIsNew() {
        EcCubeOrder tokyo = translator.translate(EcCubeFixtures.order(EcCubeFixtures.TOKYO_CARD));
        EcCubeOrder movedAddress = translator.translate(EcCubeFixtures.withField(EcCubeFixtures.TOKYO_CARD, "addr02",
                "2-4-6 表参道テラス302"));
        String first = EcCubeDeliveryKeys.reconciled("2026-05-14T21:04:06+09:00", tokyo.content());

        assertThat(EcCubeDeliveryKeys.reconciled("2026-05-14T21:04:06+09:00", tokyo.content())).isEqualTo(first);
        // A clerk corrects the address within the same second: update_date alone would not tell the two apart.
        assertThat(EcCubeDeliveryKeys.reconciled("2026-05-14T21:04:06+09:00", movedAddress.content())).isNotEqualTo(first);
        // ... and puts it back the next day: the content of the first change, but a change of its own.
        assertThat(EcCubeDeliveryKeys.reconciled("2026-05-15T10:30:00+09:00", tokyo.content())).isNotEqualTo(first);
    }

    @Test
    void aReconciliationEntryNamesTheContentItWasStoredForAndAWebhooksNamesNone() {
        EcCubeOrder tokyo = translator.translate(EcCubeFixtures.order(EcCubeFixtures.TOKYO_CARD));

        assertThat(EcCubeDeliveryKeys.reconciledContent(EcCubeDeliveryKeys.reconciledBody(1087, tokyo.content())))
                .isEqualTo(tokyo.content().fingerprint());
        assertThat(EcCubeDeliveryKeys.reconciledContent("[{\"entity\":\"order\",\"id\":1087,\"action\":\"created\"}]")).isNull();
        // Stored by an earlier version: the order is fetched, as it was then.
        assertThat(EcCubeDeliveryKeys.reconciledContent("{\"source\":\"reconciliation\",\"order_id\":1087}")).isNull();
    }
}
