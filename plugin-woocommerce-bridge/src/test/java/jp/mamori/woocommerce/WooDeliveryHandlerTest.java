package jp.mamori.woocommerce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import jp.mamori.connector.Decision;
import jp.mamori.connector.Recommendation;
import jp.mamori.connector.ScreeningPort;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.ScreeningResult;
import jp.mamori.connector.inbox.Delivery;
import jp.mamori.connector.inbox.PermanentDeliveryFailure;
import jp.mamori.connector.inbox.UnkeepableDelivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class WooDeliveryHandlerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T00:00:00Z"), ZoneOffset.UTC);
    private static WireMockServer shop;

    /** The screening port as an adapter sees it: records what it was asked and whether it made the screening. */
    private static final class RecordingPort implements ScreeningPort {
        private final List<ScreeningRequest> requests = new ArrayList<>();
        private final boolean madeByThisCall;

        RecordingPort(boolean madeByThisCall) {
            this.madeByThisCall = madeByThisCall;
        }

        @Override
        public Mono<ScreeningResult> screen(ScreeningRequest request, String idempotencyKey) {
            return screenAndTell(request, idempotencyKey, null).map(Answer::result);
        }

        @Override
        public Mono<Answer> screenAndTell(ScreeningRequest request, String idempotencyKey, String requestSha256) {
            requests.add(request);
            return Mono.just(new Answer(new ScreeningResult("scr_" + requests.size(), request.orderId(), Decision.OK, 5,
                    List.of(), Recommendation.NONE, "policy-test", CLOCK.instant()), madeByThisCall));
        }
    }

    @BeforeAll
    static void startShop() {
        shop = FakeShop.start();
    }

    @AfterAll
    static void stopShop() {
        shop.stop();
    }

    @BeforeEach
    void resetShop() {
        shop.resetAll();
        shop.stubFor(put(urlPathMatching("/wp-json/wc/v3/orders/\\d+")).willReturn(okJson("{}")));
        shop.stubFor(get(urlPathMatching("/wp-json/wc/v3/orders/\\d+/notes")).willReturn(okJson("[]")));
        shop.stubFor(post(urlPathMatching("/wp-json/wc/v3/orders/\\d+/notes")).willReturn(aResponse().withStatus(201).withBody("{}")));
    }

    private static WooDeliveryHandler handler(RecordingPort port) {
        ShopSettings settings = FakeShop.settings(shop);
        WooShop connected = new WooShop(settings, settings.verifier(), settings.translator(CLOCK),
                new WooCommerceClient(settings), port);
        return new WooDeliveryHandler(id -> Mono.just(connected));
    }

    private static Delivery delivery(String body) {
        return new Delivery("dlv_1", WooDeliveryHandler.PLATFORM, "shibuya-tea", "5123", "order.created", body,
                CLOCK.instant(), 1);
    }

    @Test
    void aStoredBodyIsTranslatedAndAScreeningMadeJustNowIsWrittenBackWithoutReadingTheNotes() {
        RecordingPort port = new RecordingPort(true);

        handler(port).handle(delivery(new String(WooPayloads.read(WooPayloads.TOKYO), UTF_8))).block();

        assertThat(port.requests).hasSize(1);
        assertThat(shop.findAll(anyRequestedFor(urlPathMatching(".*"))).stream().map(r -> r.getMethod().getName()).toList())
                .containsExactly("PUT", "POST");
    }

    @Test
    void aReplayedScreeningLooksForItsNoteBeforeAddingIt() {
        handler(new RecordingPort(false)).handle(delivery(new String(WooPayloads.read(WooPayloads.TOKYO), UTF_8))).block();

        assertThat(shop.findAll(anyRequestedFor(urlPathMatching(".*"))).stream().map(r -> r.getMethod().getName()).toList())
                .containsExactly("PUT", "GET", "POST");
    }

    private static String tokyoWith(String from, String to) {
        String body = new String(WooPayloads.read(WooPayloads.TOKYO), UTF_8);
        assertThat(body).contains(from);
        return body.replace(from, to);
    }

    @Test
    void anOrderThatCannotBeScreenedFailsForGoodNamingTheFieldAndTouchesNothing() {
        RecordingPort port = new RecordingPort(true);
        String withoutTotal = tokyoWith("\"total\":", "\"total_was\":");

        assertThatThrownBy(() -> handler(port).handle(delivery(withoutTotal)).block())
                .isExactlyInstanceOf(PermanentDeliveryFailure.class).hasMessageContaining("total");
        assertThat(port.requests).isEmpty();
        assertThat(shop.getAllServeEvents()).isEmpty();
    }

    @Test
    void anOrderHoldingACardNumberIsRefusedSoThatItsBodyIsErasedAndTheNumberIsNeverRepeated() {
        String pan = "4242 4242 4242 4242";
        String withCard = tokyoWith("\"address_2\":\"", "\"address_2\":\"" + pan + " ");

        assertThatThrownBy(() -> handler(new RecordingPort(true)).handle(delivery(withCard)).block())
                .isInstanceOf(UnkeepableDelivery.class)
                .hasMessageContaining("address_2")
                .message().doesNotContain("4242");
        assertThat(shop.getAllServeEvents()).isEmpty();
    }
}
