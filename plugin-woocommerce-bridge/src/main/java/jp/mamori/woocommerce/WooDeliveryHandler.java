package jp.mamori.woocommerce;

import java.nio.charset.StandardCharsets;

import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.inbox.Delivery;
import jp.mamori.connector.inbox.DeliveryHandler;
import jp.mamori.connector.inbox.PermanentDeliveryFailure;
import jp.mamori.connector.inbox.UnkeepableDelivery;
import jp.mamori.connector.inbox.WorkerThread;
import reactor.core.publisher.Mono;


/**
 * Handles a stored WooCommerce order delivery: translate it, decide whether it needs screening,
 * screen it under an idempotency key of its content, and write the decision back. Every step is
 * safe to repeat: the screening is replayed, not redone, and the write-back adds its note once.
 */
public final class WooDeliveryHandler implements DeliveryHandler {

    public static final String PLATFORM = "woocommerce";

    private final WooShops shops;

    public WooDeliveryHandler(WooShops shops) {
        this.shops = shops;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Mono<Void> handle(Delivery delivery) {
        return shops.find(delivery.shop())
                .switchIfEmpty(Mono.error(() -> new PermanentDeliveryFailure("shop " + delivery.shop() + " is not configured")))
                .flatMap(shop -> handle(shop, delivery));
    }

    private Mono<Void> handle(WooShop shop, Delivery delivery) {
        return Mono.defer(() -> {
            WooOrder order = translate(shop, delivery);
            if (!shop.settings().filter().decide(order, null).screens()) {
                return Mono.empty();
            }
            // One merchant may run several shops: their order ids only mean something per shop.
            String idempotencyKey = delivery.shop() + ":" + order.idempotencyKey();
            DecisionWriteBack writeBack = new DecisionWriteBack(shop.client(), shop.settings());
            return shop.screening().screenAndTell(order.request(), idempotencyKey, order.content().fingerprint())
                    // The shop's REST API is called with blocking I/O and waits out Retry-After.
                    .flatMap(answer -> WorkerThread.blocking(() -> writeBack.writeBack(order.id(), answer.result(),
                            order.content(), answer.madeByThisCall())))
                    .flatMap(WooDeliveryHandler::outcome);
        });
    }

    private WooOrder translate(WooShop shop, Delivery delivery) {
        try {
            return shop.translator().translate(delivery.body().getBytes(StandardCharsets.UTF_8));
        } catch (InvalidRequestException e) {
            if (e.kind() == InvalidRequestException.Kind.CARD_NUMBER) {
                throw new UnkeepableDelivery("the order holds what looks like a card number, its body was erased: " + e.errors());
            }
            throw new PermanentDeliveryFailure("the order cannot be screened: " + e.errors());
        }
    }

    private static Mono<Void> outcome(WriteBackResult result) {
        return switch (result.outcome()) {
            case DONE -> Mono.empty();
            case RETRYABLE_FAILURE -> Mono.error(new IllegalStateException("write-back failed: " + result.detail()));
            case PERMANENT_FAILURE -> Mono.error(new PermanentDeliveryFailure("write-back refused: " + result.detail()));
        };
    }
}
