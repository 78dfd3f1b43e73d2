package jp.mamori.gateway.eccube;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jp.mamori.connector.inbox.Inbox;
import jp.mamori.connector.inbox.IncomingDelivery;
import jp.mamori.eccube.EcCubeDeliveryHandler;
import jp.mamori.eccube.EcCubeDeliveryKeys;
import jp.mamori.eccube.EcCubeShop;
import jp.mamori.eccube.EcCubeWebhookHeaders;
import jp.mamori.eccube.EcCubeWebhookOutcome;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.gateway.web.BodyLimit;
import jp.mamori.gateway.web.FirstHeaderValues;
import jp.mamori.gateway.web.WebhookAnswer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code POST /hooks/ec-cube/{shop}}: verify, keep the order events, store each durably, answer.
 * EC-CUBE sends its webhook synchronously at the end of the shopper's checkout request (or the clerk's
 * save) and never retries, so this must be fast and must not depend on the shop, the engine or any
 * network call: the order is fetched, screened and written back later, from the inbox.
 * <p>
 * Each order of a delivery is one inbox entry (resource id = order id), and every delivery is an event of
 * its own ({@link EcCubeDeliveryKeys#webhook}): the 8 → 1 of a checkout within one second is two entries,
 * and the worker screens the order after the 1. An update that changes nothing screening reads is fetched
 * and skipped.
 */
@Component
public class EcCubeWebhookController {

    private final EcCubeShopDirectory shops;
    private final BodyLimit bodies;
    private final Inbox inbox;
    private final Clock clock;

    public EcCubeWebhookController(EcCubeShopDirectory shops, BodyLimit bodies, Inbox inbox, Clock clock) {
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
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no EC-CUBE shop is connected under this id")))
                .flatMap(connected -> bodies.read(request.exchange().getRequest())
                        .flatMap(body -> accept(shop, connected, body, EcCubeWebhookHeaders.from(headers))));
    }

    private Mono<ServerResponse> accept(String shop, EcCubeShop connected, byte[] body, EcCubeWebhookHeaders headers) {
        EcCubeWebhookOutcome outcome = connected.verifier().verify(body, headers);
        return switch (outcome.kind()) {
            case INVALID_SIGNATURE, MISSING_SIGNATURE -> Mono.error(ApiProblem.unauthorized(outcome.detail()));
            case MALFORMED -> Mono.error(new ApiProblem(HttpStatus.BAD_REQUEST, "malformed-delivery", "Malformed delivery",
                    outcome.detail()));
            case IGNORED -> WebhookAnswer.result("ignored");
            case ORDER_EVENTS -> store(shop, body, outcome);
        };
    }

    private Mono<ServerResponse> store(String shop, byte[] body, EcCubeWebhookOutcome outcome) {
        Instant now = clock.instant();
        String text = new String(body, StandardCharsets.UTF_8);
        String fingerprint = EcCubeDeliveryKeys.webhook(now);
        // One commit for the whole batch: the group commit takes the entries together.
        return Flux.fromIterable(outcome.orderIds())
                .flatMap(orderId -> inbox.accept(new IncomingDelivery(EcCubeDeliveryHandler.PLATFORM, shop,
                        Long.toString(orderId), "order", fingerprint, text, now)))
                .collectList()
                .flatMap(acceptances -> {
                    long stored = acceptances.stream().filter(a -> a == Inbox.Acceptance.STORED).count();
                    return WebhookAnswer.batch(stored, acceptances.size() - stored);
                });
    }
}
