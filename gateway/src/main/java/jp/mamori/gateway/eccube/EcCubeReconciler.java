package jp.mamori.gateway.eccube;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.inbox.Inbox;
import jp.mamori.connector.inbox.IncomingDelivery;
import jp.mamori.eccube.EcCubeDeliveryHandler;
import jp.mamori.eccube.EcCubeDeliveryKeys;
import jp.mamori.eccube.EcCubeOrder;
import jp.mamori.eccube.EcCubeShop;
import jp.mamori.eccube.ReauthorizationNeeded;
import jp.mamori.gateway.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * EC-CUBE never resends a webhook, so every few minutes each shop is asked for the orders updated since
 * the last poll (less an overlap), and what no webhook brought is put in the inbox through the same
 * de-duplication ({@link EcCubeDeliveryKeys}): an order whose content is screened, or being screened by a
 * delivery, is left alone; any other is stored once per change (a second poll seeing the change again is
 * a duplicate). The high-water mark is kept in the database, so orders placed while Mamori was down are
 * found when it is back. A shop polled for the first time has no mark: its first poll looks back
 * {@link EcCubeProperties#reconcileBackfill()}, so orders placed before the shop was added to Mamori, or
 * while it waited to be connected, are screened too. A shop removed and added again, or given another base
 * URL, is polled for the first time again: the mark is forgotten with the shop, and is bound to the EC-CUBE it
 * was taken for.
 */
@Component
public class EcCubeReconciler extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(EcCubeReconciler.class);

    /** What one poll of one shop did. */
    public record Poll(String shop, int seen, int enqueued, Instant since, String skipped) {
    }

    private final EcCubeShopDirectory shops;
    private final EcCubeRecords records;
    private final Inbox inbox;
    private final EcCubeProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    /** One poll at a time per shop, whether started by the timer or by the admin. */
    private final Map<String, Boolean> polling = new ConcurrentHashMap<>();

    public EcCubeReconciler(EcCubeShopDirectory shops, EcCubeRecords records, Inbox inbox, EcCubeProperties properties,
                            MeterRegistry meters, Clock clock) {
        super(properties.reconcileInterval(), properties.reconcileInterval());
        this.shops = shops;
        this.records = records;
        this.inbox = inbox;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /** Polls every EC-CUBE shop in turn; one shop's failure is logged and the next one polled. */
    @Override
    protected Mono<Void> runOnce() {
        return records.ecCubeShops()
                .flatMapMany(Flux::fromIterable)
                .concatMap(shop -> reconcile(shop).onErrorResume(e -> {
                    log.warn("Reconciliation of EC-CUBE shop {} failed: {}", shop, e.getMessage());
                    return Mono.empty();
                }))
                .then();
    }

    /** Polls one shop now; empty when the shop is not an EC-CUBE shop. */
    public Mono<Poll> reconcile(String shopId) {
        return shops.find(shopId).flatMap(shop -> {
            if (shop.tokens().refusal() != null) {
                return Mono.just(new Poll(shopId, 0, 0, null, "the shop must be connected again"));
            }
            if (polling.putIfAbsent(shopId, Boolean.TRUE) != null) {
                return Mono.just(new Poll(shopId, 0, 0, null, "a poll of this shop is running"));
            }
            Instant started = clock.instant();
            String ecCube = EcCubeRecords.ecCubeAt(shop.settings().baseUrl());
            return records.highWater(shopId, ecCube).map(Optional::of).defaultIfEmpty(Optional.empty())
                    .flatMap(mark -> {
                        Instant since = mark.orElseGet(() -> started.minus(properties.reconcileBackfill()));
                        return Mono.fromCallable(() -> shop.client().ordersUpdatedSince(since, properties.reconcileOverlap(),
                                        shop.settings().screenStatuses(), properties.reconcilePageSize()))
                                .subscribeOn(Schedulers.boundedElastic())
                                .flatMap(orders -> enqueue(shop, orders, started)
                                        .flatMap(enqueued -> records.saveHighWater(shopId, ecCube, started, clock.instant())
                                                .thenReturn(new Poll(shopId, orders.size(), enqueued,
                                                        since.minus(properties.reconcileOverlap()), null))));
                    })
                    .doOnNext(poll -> {
                        if (poll.enqueued() > 0) {
                            log.info("Reconciliation of EC-CUBE shop {} found {} order(s) no webhook brought", shopId, poll.enqueued());
                        }
                        meters.counter("mamori.ec_cube.reconciled", "shop", shopId).increment(poll.enqueued());
                    })
                    .onErrorResume(ReauthorizationNeeded.class, refused -> shops.needsReauthorization(shopId, refused.getMessage())
                            .thenReturn(new Poll(shopId, 0, 0, null, "the shop must be connected again")))
                    .doFinally(signal -> polling.remove(shopId));
        });
    }

    /**
     * Stores what no delivery has in hand, each entry dated {@code started}: before the shop was asked, so that an
     * entry supersedes only webhooks whose changes the poll saw ({@link EcCubeDeliveryKeys}).
     */
    private Mono<Integer> enqueue(EcCubeShop shop, List<JsonNode> orders, Instant started) {
        String shopId = shop.settings().shopId();
        return Flux.fromIterable(orders)
                .concatMap(node -> {
                    EcCubeOrder order;
                    try {
                        order = shop.translator().translate(node);
                    } catch (InvalidRequestException e) {
                        // The worker dead-letters it with the reason if a webhook brings it; polling again would not help.
                        log.warn("Reconciliation of EC-CUBE shop {}: order {} cannot be screened: {}", shopId,
                                node.path("id").asString(), e.errors());
                        return Mono.just(0);
                    }
                    if (!shop.filter().screensStatus(order.statusId())) {
                        return Mono.just(0);
                    }
                    String change = EcCubeDeliveryKeys.reconciled(node.path("update_date").asString(""), order.content());
                    return records.contentInHand(shopId, order.id())
                            .flatMap(inHand -> inHand.contains(order.content().fingerprint()) ? Mono.just(0)
                                    : inbox.accept(new IncomingDelivery(EcCubeDeliveryHandler.PLATFORM, shopId,
                                                    Long.toString(order.id()), "order.reconciled", change,
                                                    EcCubeDeliveryKeys.reconciledBody(order.id(), order.content()), started))
                                            .map(acceptance -> acceptance == Inbox.Acceptance.STORED ? 1 : 0));
                })
                .reduce(0, Integer::sum);
    }

}
