package jp.mamori.gateway.eccube;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.mamori.connector.shophttp.ShopCallException;
import jp.mamori.eccube.EcCubeDeliveryHandler;
import jp.mamori.eccube.EcCubeShop;
import jp.mamori.eccube.EcCubeWriteBack;
import jp.mamori.eccube.ReauthorizationNeeded;
import jp.mamori.gateway.inbox.InboxStore;
import jp.mamori.gateway.shops.PlatformDoctor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code doctor} for an EC-CUBE shop: is it connected (or must a shop administrator connect it again),
 * does its GraphQL API answer with Mamori's token, and is Mamori42 there to take the decisions (else they
 * stay in Mamori's review queue). Asks the shop now, bypassing the remembered answers.
 */
@Component
public class EcCubeDoctor implements PlatformDoctor {

    private final EcCubeShopDirectory shops;
    private final EcCubeRecords records;
    private final InboxStore inbox;

    public EcCubeDoctor(EcCubeShopDirectory shops, EcCubeRecords records, InboxStore inbox) {
        this.shops = shops;
        this.records = records;
        this.inbox = inbox;
    }

    @Override
    public String platform() {
        return EcCubeDeliveryHandler.PLATFORM;
    }

    @Override
    public Mono<Map<String, Object>> diagnose(String shopId) {
        return shops.find(shopId)
                .flatMap(shop -> Mono.zip(records.keptInReviewQueue(shopId), inbox.pendingCount(platform(), shopId))
                        .flatMap(counts -> Mono.fromCallable(() -> diagnose(shop, counts.getT1(), counts.getT2()))
                                .subscribeOn(Schedulers.boundedElastic())));
    }

    private Map<String, Object> diagnose(EcCubeShop shop, long inReviewQueue, long waiting) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("platform", platform());
        ReauthorizationNeeded refused = shop.tokens().refusal();
        if (refused != null) {
            body.put("healthy", false);
            body.put("connection", refused.httpStatus() == 0 && refused.getMessage().contains("not been connected")
                    ? "not_connected" : "needs_reauthorization");
            body.put("api", "not_tried");
            body.put("write_back", "unknown");
            body.put("detail", refused.getMessage() + " (GET /admin/shops/" + shop.settings().shopId() + "/ec-cube/connect)");
        } else {
            body.put("connection", "connected");
            try {
                EcCubeWriteBack.Detection detection = shop.writeBack().detect();
                body.put("healthy", true);
                body.put("api", "ok");
                body.put("write_back", detection.installed() ? "mamori42" : "review_queue_only");
                body.put("detail", detection.installed()
                        ? "the GraphQL API answers and Mamori42 takes the decisions"
                        : "Mamori42 is not installed or not enabled: decisions stay in Mamori's review queue "
                                + "(GET /v1/screenings?decision=REVIEW&status=open); install it to see them in EC-CUBE");
            } catch (ReauthorizationNeeded e) {
                body.put("healthy", false);
                body.put("connection", "needs_reauthorization");
                body.put("api", "refused");
                body.put("write_back", "unknown");
                body.put("detail", e.getMessage());
            } catch (ShopCallException e) {
                body.put("healthy", false);
                body.put("api", e.retryable() ? "unreachable" : "not_api42");
                body.put("http_status", e.httpStatus());
                body.put("write_back", "unknown");
                body.put("detail", e.getMessage());
            }
        }
        body.put("circuit", shop.client().circuitBreaker().getState().name().toLowerCase(java.util.Locale.ROOT));
        body.put("kept_in_review_queue", inReviewQueue);
        body.put("waiting_deliveries", waiting);
        return body;
    }
}
