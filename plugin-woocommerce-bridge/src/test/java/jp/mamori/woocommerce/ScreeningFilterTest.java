package jp.mamori.woocommerce;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import jp.mamori.woocommerce.ScreeningFilter.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreeningFilterTest {

    private final WooOrderTranslator translator = new WooOrderTranslator(OrderMetaKeys.defaults(),
            Clock.fixed(Instant.parse("2026-05-20T00:00:00Z"), ZoneOffset.UTC));
    private final ScreeningFilter defaults = new ScreeningFilter(ScreeningFilter.DEFAULT_STATUSES, Set.of());

    private WooOrder order(String payload) {
        return translator.translate(WooPayloads.read(payload));
    }

    private WooOrder edited(String payload, String from, String to) {
        String body = WooPayloads.text(payload);
        assertThat(body).contains(from);
        return translator.translate(body.replace(from, to).getBytes(UTF_8));
    }

    @Test
    void aNewProcessingOrderIsScreened() {
        assertThat(defaults.decide(order(WooPayloads.TOKYO), null)).isEqualTo(Verdict.SCREEN);
    }

    @Test
    void pendingAndOnHoldOrdersAreScreenedByDefault() {
        assertThat(defaults.decide(order(WooPayloads.GUEST), null)).isEqualTo(Verdict.SCREEN);
        assertThat(defaults.decide(order(WooPayloads.BANK_TRANSFER), null)).isEqualTo(Verdict.SCREEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"completed", "cancelled", "refunded", "failed", "checkout-draft"})
    void ordersInOtherStatusesAreNot(String status) {
        WooOrder order = edited(WooPayloads.TOKYO, "\"status\":\"processing\"", "\"status\":\"" + status + "\"");
        assertThat(defaults.decide(order, null)).isEqualTo(Verdict.SKIP_STATUS);
    }

    @Test
    void aShopCanScreenOnlySomeStatuses() {
        ScreeningFilter paidOnly = new ScreeningFilter(Set.of("processing"), Set.of());
        assertThat(paidOnly.decide(order(WooPayloads.BANK_TRANSFER), null)).isEqualTo(Verdict.SKIP_STATUS);
        assertThat(paidOnly.decide(order(WooPayloads.TOKYO), null)).isEqualTo(Verdict.SCREEN);
    }

    @Test
    void aPaymentMethodAllowListSkipsTheOthers() {
        ScreeningFilter cardsOnly = new ScreeningFilter(ScreeningFilter.DEFAULT_STATUSES, Set.of("stripe"));
        assertThat(cardsOnly.decide(order(WooPayloads.TOKYO), null)).isEqualTo(Verdict.SCREEN);
        assertThat(cardsOnly.decide(order(WooPayloads.BANK_TRANSFER), null)).isEqualTo(Verdict.SKIP_PAYMENT_METHOD);
        assertThat(cardsOnly.decide(order(WooPayloads.GUEST), null)).isEqualTo(Verdict.SKIP_PAYMENT_METHOD);
    }

    @Test
    void anIdenticalRedeliveryIsNotScreenedAgain() {
        WooOrder order = order(WooPayloads.TOKYO);
        assertThat(defaults.decide(order(WooPayloads.TOKYO), order.content().fingerprint())).isEqualTo(Verdict.SKIP_UNCHANGED);
    }

    @Test
    void aStatusChangeAloneIsNotAChangeOfContent() {
        WooOrder screened = order(WooPayloads.TOKYO);
        WooOrder held = edited(WooPayloads.TOKYO, "\"status\":\"processing\"", "\"status\":\"on-hold\"");
        assertThat(defaults.decide(held, screened.content().fingerprint())).isEqualTo(Verdict.SKIP_UNCHANGED);
    }

    @Test
    void theEchoOfMamorisOwnWriteBackIsRecognisedFromTheBodyAlone() {
        // No record of the earlier screening at all: the stamp in the order's meta is enough.
        assertThat(defaults.decide(order(WooPayloads.ECHO), null)).isEqualTo(Verdict.SKIP_OWN_WRITE_BACK);
    }

    @Test
    void aChangedOrderIsScreenedAgainEvenWithAStamp() {
        WooOrder changed = edited(WooPayloads.ECHO, "\"total\":\"12800\"", "\"total\":\"22800\"");
        assertThat(changed.stamp()).isNotNull();
        assertThat(defaults.decide(changed, null)).isEqualTo(Verdict.RESCREEN);
    }

    @Test
    void aChangedOrderIsScreenedAgainWhenTheBridgeRemembersOtherContent() {
        WooOrder changed = edited(WooPayloads.TOKYO, "\"quantity\":2", "\"quantity\":20");
        assertThat(defaults.decide(changed, order(WooPayloads.TOKYO).content().fingerprint())).isEqualTo(Verdict.RESCREEN);
    }

    @Test
    void aChangedOrderThatIsNoLongerOpenIsNotScreened() {
        WooOrder changedAndCancelled = translator.translate(WooPayloads.text(WooPayloads.ECHO)
                .replace("\"status\":\"on-hold\",\"currency\"", "\"status\":\"cancelled\",\"currency\"")
                .replace("\"total\":\"12800\"", "\"total\":\"9800\"").getBytes(UTF_8));
        assertThat(changedAndCancelled.status()).isEqualTo("cancelled");
        assertThat(defaults.decide(changedAndCancelled, null)).isEqualTo(Verdict.SKIP_STATUS);
    }

    @Test
    void onlyScreenAndRescreenScreen() {
        assertThat(Verdict.values()).filteredOn(Verdict::screens).containsExactlyInAnyOrder(Verdict.SCREEN, Verdict.RESCREEN);
    }
}
