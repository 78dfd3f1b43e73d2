package jp.mamori.eccube;

import java.time.Duration;

import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.inbox.Delivery;
import jp.mamori.connector.inbox.DeliveryDeferred;
import jp.mamori.connector.inbox.DeliveryHandler;
import jp.mamori.connector.inbox.PermanentDeliveryFailure;
import jp.mamori.connector.inbox.WorkerThread;
import jp.mamori.connector.shophttp.ShopCallException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Handles a stored EC-CUBE order event (from a webhook or from reconciliation; the resource id is the
 * order id): unless it is the reconciliation's and the content it found is screened already, fetch the order
 * as it is now with one GraphQL query, skip it unless its status is screened
 * (never 8, a checkout in progress) and its content is new, translate, record that this content is being
 * screened (so the reconciliation does not enqueue it again), screen under an idempotency key of the
 * content, write the decision back through Mamori42, and remember the fingerprint screened.
 * <p>
 * Every step is safe to repeat after a crash: the screening is replayed, not redone, and Mamori42 answers
 * {@code REPLAYED} without a second memo entry. A shop that refuses Mamori's tokens is marked as needing
 * re-authorization and its deliveries wait without spending their retries; failures a retry can fix are
 * retried by the inbox, the rest go to the dead letters.
 */
public final class EcCubeDeliveryHandler implements DeliveryHandler {

    public static final String PLATFORM = "ec-cube";

    private final EcCubeShops shops;
    private final ScreenedOrders screened;
    private final Duration reauthorizationWait;

    /** {@code reauthorizationWait}: how long a delivery waits before looking again whether the shop was reconnected. */
    public EcCubeDeliveryHandler(EcCubeShops shops, ScreenedOrders screened, Duration reauthorizationWait) {
        this.shops = shops;
        this.screened = screened;
        this.reauthorizationWait = reauthorizationWait;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Mono<Void> handle(Delivery delivery) {
        long orderId;
        try {
            orderId = Long.parseLong(delivery.resourceId());
        } catch (NumberFormatException e) {
            return Mono.error(new PermanentDeliveryFailure("resource id " + delivery.resourceId() + " is not an EC-CUBE order id"));
        }
        return shops.find(delivery.shop())
                .switchIfEmpty(Mono.error(() -> new PermanentDeliveryFailure("shop " + delivery.shop() + " is not configured")))
                .flatMap(shop -> handle(shop, orderId, EcCubeDeliveryKeys.reconciledContent(delivery.body())))
                .onErrorResume(ReauthorizationNeeded.class, refused -> shops.needsReauthorization(delivery.shop(), refused.getMessage())
                        .then(Mono.error(new DeliveryDeferred("waiting for the shop to be connected again: "
                                + refused.getMessage(), reauthorizationWait))))
                .onErrorMap(e -> e instanceof ShopCallException call && !call.retryable(),
                        e -> new PermanentDeliveryFailure(e.getMessage()));
    }

    /**
     * {@code polledContent}: for an entry of the reconciliation, the content it found; screened already (by a
     * webhook's delivery that was fetching the order while the poll ran), there is nothing to ask the shop. Only
     * content screened and written back counts: content a delivery set out to screen and has not finished is that
     * delivery's to retry, and this entry's success would supersede it.
     */
    private Mono<Void> handle(EcCubeShop shop, long orderId, String polledContent) {
        if (polledContent == null) {
            return fetchAndScreen(shop, orderId);
        }
        return screened.lastFingerprint(shop.settings().shopId(), orderId)
                .filter(polledContent::equals)
                .hasElement()
                .flatMap(screenedAlready -> screenedAlready ? Mono.<Void>empty() : fetchAndScreen(shop, orderId));
    }

    private Mono<Void> fetchAndScreen(EcCubeShop shop, long orderId) {
        String shopId = shop.settings().shopId();
        ReauthorizationNeeded refused = shop.tokens().refusal();
        if (refused != null) {
            // Known already: no network call, no retry spent.
            return Mono.error(refused);
        }
        return WorkerThread.blocking(() -> shop.client().order(orderId))
                .flatMap(node -> screenable(shop, node) ? Mono.just(translate(shop, node)) : Mono.empty())
                .flatMap(order -> screened.lastFingerprint(shopId, orderId).map(java.util.Optional::of)
                        .defaultIfEmpty(java.util.Optional.empty())
                        .flatMap(last -> shop.filter().decide(order, last.orElse(null)).screens()
                                ? screenAndWriteBack(shop, order) : Mono.empty()));
    }

    /** Whether the order exists and is in a screened status; checked before translating, since a cart in status 8 has no order date. */
    private static boolean screenable(EcCubeShop shop, JsonNode order) {
        JsonNode status = order.path("OrderStatus").path("id");
        if (!status.canConvertToInt() && !(status.isString() && status.asString().matches("\\d{1,9}"))) {
            return true; // the translator names the field
        }
        int statusId = status.isString() ? Integer.parseInt(status.asString()) : status.asInt();
        return statusId != ScreeningFilter.PROCESSING && shop.filter().screensStatus(statusId);
    }

    private static EcCubeOrder translate(EcCubeShop shop, JsonNode node) {
        try {
            return shop.translator().translate(node);
        } catch (InvalidRequestException e) {
            throw new PermanentDeliveryFailure("the order cannot be screened: " + e.errors());
        }
    }

    private Mono<Void> screenAndWriteBack(EcCubeShop shop, EcCubeOrder order) {
        String shopId = shop.settings().shopId();
        // One merchant may run several shops: their order ids only mean something per shop.
        String idempotencyKey = shopId + ":" + order.idempotencyKey();
        return screened.screening(shopId, order.id(), order.content().fingerprint())
                .then(shop.screening().screen(order.request(), idempotencyKey))
                .flatMap(result -> WorkerThread.blocking(() -> shop.writeBack().writeBack(order.id(), result,
                                shop.settings().holds(result.decision())))
                        .flatMap(written -> screened.remember(shopId, order.id(), order.content().fingerprint(),
                                result.screeningId(), written.outcome().name())));
    }
}
