package jp.mamori.gateway.shops;

import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.connector.Decision;
import jp.mamori.connector.signature.Secret;
import jp.mamori.gateway.MamoriProperties;
import jp.mamori.gateway.screening.ScreeningService;
import jp.mamori.woocommerce.OrderMetaKeys;
import jp.mamori.woocommerce.ShopCredentials;
import jp.mamori.woocommerce.ShopSettings;
import jp.mamori.woocommerce.WooCommerceClient;
import jp.mamori.woocommerce.WooDeliveryHandler;
import jp.mamori.woocommerce.WooShop;
import jp.mamori.woocommerce.WooShops;
import jp.mamori.woocommerce.WriteBackAction;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The WooCommerce shops the admin API has connected, each with one client kept for as long as its
 * settings do not change, so that its circuit breaker remembers the shop's health.
 */
@Component
public class WooShopDirectory implements WooShops, ShopDirectory {

    private final ShopRecords records;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ScreeningService screening;
    private final boolean allowInsecure;
    private final Map<String, WooShop> connected = new ConcurrentHashMap<>();

    public WooShopDirectory(ShopRecords records, ScreeningService screening, MamoriProperties properties,
                            MeterRegistry meters, Clock clock) {
        this.records = records;
        this.clock = clock;
        this.meters = meters;
        this.screening = screening;
        this.allowInsecure = properties.allowInsecureShopUrls();
    }

    @Override
    public Mono<WooShop> find(String shopId) {
        WooShop known = connected.get(shopId);
        if (known != null) {
            return Mono.just(known);
        }
        return records.find(shopId)
                .filter(stored -> WooDeliveryHandler.PLATFORM.equals(stored.config().platform()))
                .map(stored -> connected.computeIfAbsent(shopId, id -> connect(stored)));
    }

    /** Forgets a shop's client after its settings changed or it was removed. */
    @Override
    public void forget(String shopId) {
        connected.remove(shopId);
    }

    private WooShop connect(ShopRecords.StoredShop stored) {
        ShopSettings settings = settings(stored.config(), stored.secrets());
        WooCommerceClient client = new WooCommerceClient(settings);
        String shop = stored.config().shop();
        ShopCallMeters.watch(meters, WooDeliveryHandler.PLATFORM, shop, client.retry(), client.circuitBreaker());
        return new WooShop(settings, settings.verifier(), settings.translator(clock), client,
                screening.portFor(stored.config().merchantId()));
    }

    private ShopSettings settings(ShopConfig config, ShopSecrets secrets) {
        Map<Decision, WriteBackAction> actions = new EnumMap<>(Decision.class);
        config.onDecision().forEach((decision, action) ->
                actions.put(Decision.valueOf(decision), WriteBackAction.valueOf(action.toUpperCase(java.util.Locale.ROOT))));
        return new ShopSettings(config.shop(), URI.create(config.baseUrl()),
                new ShopCredentials(secrets.consumerKey(), secrets.consumerSecret()),
                secrets.webhookSecrets().stream().map(Secret::utf8).toList(),
                actions, new HashSet<>(config.screenStatuses()), new HashSet<>(config.paymentMethods()),
                OrderMetaKeys.defaults(), "en".equals(config.notesLanguage()), ShopHttpPolicies.of(config.http()),
                allowInsecure && config.baseUrl().startsWith("http:"));
    }
}
