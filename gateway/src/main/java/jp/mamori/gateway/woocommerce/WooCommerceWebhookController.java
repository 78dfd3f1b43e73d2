package jp.mamori.gateway.woocommerce;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import jp.mamori.connector.Sha256;
import jp.mamori.connector.inbox.Inbox;
import jp.mamori.connector.inbox.IncomingDelivery;
import jp.mamori.gateway.shops.WooShopDirectory;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.gateway.web.BodyLimit;
import jp.mamori.gateway.web.FirstHeaderValues;
import jp.mamori.gateway.web.WebhookAnswer;
import jp.mamori.woocommerce.WooDeliveryHandler;
import jp.mamori.woocommerce.WooShop;
import jp.mamori.woocommerce.WooWebhookHeaders;
import jp.mamori.woocommerce.WooWebhookOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code POST /hooks/woocommerce/{shop}}: verify, store durably, answer. Nothing here waits for the
 * engine or the shop: WooCommerce disables a webhook that keeps failing, and a slow answer holds up
 * the shop's own queue. Translation, screening and write-back happen later, from the inbox.
 */
@Component
public class WooCommerceWebhookController {

    private final WooShopDirectory shops;
    private final BodyLimit bodies;
    private final Inbox inbox;
    private final Clock clock;

    public WooCommerceWebhookController(WooShopDirectory shops, BodyLimit bodies, Inbox inbox, Clock clock) {
        this.shops = shops;
        this.bodies = bodies;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Routed by {@link jp.mamori.gateway.web.WebhookRoutes}. */
    public Mono<ServerResponse> receive(ServerRequest request) {
        String shop = request.pathVariable("shop");
        Map<String, String> headers = FirstHeaderValues.of(request.headers().asHttpHeaders());
        return shops.find(shop)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no WooCommerce shop is connected under this id")))
                .flatMap(connected -> bodies.read(request.exchange().getRequest())
                        .flatMap(body -> accept(shop, connected, body, WooWebhookHeaders.from(headers))));
    }

    private Mono<ServerResponse> accept(String shop, WooShop connected, byte[] body, WooWebhookHeaders headers) {
        WooWebhookOutcome outcome = connected.verifier().verify(body, headers);
        return switch (outcome.kind()) {
            case PING -> WebhookAnswer.result("ping");
            case IGNORED -> WebhookAnswer.result("ignored");
            case INVALID_SIGNATURE, MISSING_SIGNATURE -> Mono.error(ApiProblem.unauthorized(
                    "the X-WC-Webhook-Signature does not match any secret configured for this shop"));
            case MALFORMED -> Mono.error(new ApiProblem(HttpStatus.BAD_REQUEST, "malformed-delivery", "Malformed delivery",
                    outcome.detail()));
            case ORDER_EVENT -> store(shop, body, outcome);
        };
    }

    /**
     * Two deliveries are the same when their bytes are: WooCommerce redelivers a failed delivery as it was
     * signed. Any other difference is stored, and the worker, which reads the order, skips those that change
     * nothing screening looks at (Mamori's own write-back among them).
     */
    private Mono<ServerResponse> store(String shop, byte[] body, WooWebhookOutcome outcome) {
        IncomingDelivery delivery = new IncomingDelivery(WooDeliveryHandler.PLATFORM, shop, Long.toString(outcome.orderId()),
                outcome.topic(), Sha256.hex(body), new String(body, StandardCharsets.UTF_8), clock.instant());
        return inbox.accept(delivery)
                .flatMap(acceptance -> WebhookAnswer.result(acceptance.name().toLowerCase(Locale.ROOT)));
    }
}
