package jp.mamori.gateway.eccube;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.connector.Decision;
import jp.mamori.connector.signature.Secret;
import jp.mamori.eccube.EcCubeClient;
import jp.mamori.eccube.EcCubeDeliveryHandler;
import jp.mamori.eccube.EcCubeOAuth;
import jp.mamori.eccube.EcCubeShop;
import jp.mamori.eccube.EcCubeShopSettings;
import jp.mamori.eccube.EcCubeShops;
import jp.mamori.eccube.EcCubeWriteBack;
import jp.mamori.eccube.TokenKeeper;
import jp.mamori.eccube.Tokens;
import jp.mamori.gateway.screening.ScreeningService;
import jp.mamori.gateway.shops.ShopCallMeters;
import jp.mamori.gateway.shops.ShopConfig;
import jp.mamori.gateway.shops.ShopDirectory;
import jp.mamori.gateway.shops.ShopHttpPolicies;
import jp.mamori.gateway.shops.ShopRecords;
import jp.mamori.gateway.shops.ShopSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The EC-CUBE shops the admin API or the shops file connected, each built once and kept while its
 * settings do not change: its verifier and translator stay warm for the webhook (which must answer in
 * milliseconds, with no network call), its token keeper makes refreshes single-flight, its client keeps
 * its circuit breaker, and its write-back remembers whether Mamori42 is installed.
 */
@Component
public class EcCubeShopDirectory implements EcCubeShops, ShopDirectory {

    private static final Logger log = LoggerFactory.getLogger(EcCubeShopDirectory.class);

    private final ShopRecords shops;
    private final EcCubeRecords records;
    private final ScreeningService screening;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String publicUrl;
    private final Map<String, EcCubeShop> connected = new ConcurrentHashMap<>();
    /** Shops already recorded as needing re-authorization, so that each waiting delivery does not write it again. */
    private final Set<String> markedRefused = ConcurrentHashMap.newKeySet();

    public EcCubeShopDirectory(ShopRecords shops, EcCubeRecords records, ScreeningService screening, MeterRegistry meters,
                               Clock clock, Environment environment) {
        this.shops = shops;
        this.records = records;
        this.screening = screening;
        this.meters = meters;
        this.clock = clock;
        this.publicUrl = environment.getProperty("mamori.public-url");
    }

    /** {@code MAMORI_PUBLIC_URL}, or null when it is not set. */
    public String publicUrl() {
        return publicUrl == null || publicUrl.isBlank() ? null : publicUrl;
    }

    @Override
    public Mono<EcCubeShop> find(String shopId) {
        EcCubeShop known = connected.get(shopId);
        if (known != null) {
            return Mono.just(known);
        }
        return shops.find(shopId)
                .filter(stored -> EcCubeDeliveryHandler.PLATFORM.equals(stored.config().platform()))
                .flatMap(stored -> records.connection(shopId).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(connection -> seeded(stored, connection.orElse(null)))
                        .map(connection -> connected.computeIfAbsent(shopId, id -> connect(stored, connection))));
    }

    /**
     * The connection to start from: a refresh token given by hand in the settings counts once, the first time
     * it is seen; after that the tokens it was refreshed into are the ones to use.
     */
    private Mono<EcCubeRecords.Connection> seeded(ShopRecords.StoredShop stored, EcCubeRecords.Connection known) {
        String binding = binding(stored);
        // Tokens issued to another EC-CUBE or OAuth client (the shop was re-created under this id) are never sent here.
        EcCubeRecords.Connection connection = known != null && binding.equals(known.boundTo()) ? known : null;
        String refreshToken = stored.secrets().refreshToken();
        if (refreshToken == null) {
            return Mono.justOrEmpty(connection).defaultIfEmpty(new EcCubeRecords.Connection(null,
                    known != null && known.boundTo() == null && known.needsReauthorization(), null, null, binding));
        }
        String seed = EcCubeRecords.hash(refreshToken);
        if (connection != null && seed.equals(connection.seededRefreshSha256())) {
            return Mono.just(connection);
        }
        // No access token yet: it is expired from the start, so the first call refreshes it.
        Tokens tokens = new Tokens("", refreshToken, Instant.EPOCH);
        return records.storeTokens(stored.config().shop(), tokens, seed, binding, clock.instant())
                .thenReturn(new EcCubeRecords.Connection(tokens, false, null, seed, binding));
    }

    /** What tokens are bound to: the shop's base URL and OAuth client. */
    private static String binding(ShopRecords.StoredShop stored) {
        return EcCubeRecords.hash(stored.config().baseUrl() + "\n" + stored.secrets().clientId());
    }

    @Override
    public Mono<Void> needsReauthorization(String shopId, String reason) {
        if (!markedRefused.add(shopId)) {
            return Mono.empty();
        }
        log.warn("EC-CUBE shop {} must be connected again: {}", shopId, reason);
        meters.counter("mamori.ec_cube.reauthorizations_needed", "shop", shopId).increment();
        return records.markNeedsReauthorization(shopId, reason, clock.instant());
    }

    /** New tokens from the connect flow: stored first, then used by the shop's keeper. */
    public Mono<Void> reconnected(String shopId, Tokens tokens) {
        return shops.find(shopId)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("shop " + shopId + " was removed")))
                .flatMap(stored -> records.storeTokens(shopId, tokens, null, binding(stored), clock.instant()))
                .then(Mono.fromRunnable(() -> {
                    markedRefused.remove(shopId);
                    EcCubeShop shop = connected.get(shopId);
                    if (shop != null) {
                        shop.tokens().reconnected(tokens);
                    }
                }));
    }

    @Override
    public void forget(String shopId) {
        connected.remove(shopId);
        markedRefused.remove(shopId);
    }

    /**
     * The reconciliation's mark goes with the shop: a shop added again under this id looks back as a new one does.
     * Its tokens stay, bound to the base URL and OAuth client they were issued for ({@link #seeded}), and so does
     * what was screened of each order: a shop added again for the same EC-CUBE then screens none of those again,
     * and one for another EC-CUBE finds none of its orders' content among them (doctor's count of decisions kept
     * in the review queue still includes the old shop's).
     */
    @Override
    public Mono<Void> removed(String shopId) {
        return records.forgetHighWater(shopId);
    }

    private EcCubeShop connect(ShopRecords.StoredShop stored, EcCubeRecords.Connection connection) {
        ShopConfig config = stored.config();
        ShopSecrets secrets = stored.secrets();
        String shopId = config.shop();
        EcCubeShopSettings settings = new EcCubeShopSettings(shopId, URI.create(config.baseUrl()), config.adminRoute(),
                secrets.clientId(), secrets.clientSecret(), secrets.webhookSecrets().stream().map(Secret::utf8).toList(),
                holdOn(config.onDecision()), config.screenStatuses().stream().map(Integer::valueOf).collect(Collectors.toSet()),
                ShopHttpPolicies.of(config.http()));
        // Without MAMORI_PUBLIC_URL the shop cannot be connected through the authorize URL, but a refresh token
        // given by hand still works: Api42 checks the redirect URI only on the code exchange.
        URI redirect = EcCubeProperties.redirectUri(publicUrl() != null ? publicUrl() : "http://localhost");
        EcCubeOAuth oauth = new EcCubeOAuth(settings.baseUrl(), settings.adminRoute(), settings.clientId(),
                settings.clientSecret(), redirect, settings.http(), clock);
        TokenKeeper tokens = new TokenKeeper(oauth, connection.tokens(), clock,
                // Kept before use: league/oauth2-server revokes the old refresh token with this refresh.
                renewed -> records.storeTokens(shopId, renewed, null, binding(stored), clock.instant()).block(Duration.ofSeconds(30)));
        if (connection.needsReauthorization()) {
            tokens.refuse(connection.reason() == null ? "the shop refused Mamori's tokens" : connection.reason(), 0);
            markedRefused.add(shopId);
        }
        EcCubeClient client = new EcCubeClient(shopId, settings.baseUrl(), tokens, settings.http());
        ShopCallMeters.watch(meters, EcCubeDeliveryHandler.PLATFORM, shopId, client.retry(), client.circuitBreaker());
        return new EcCubeShop(settings, settings.verifier(), settings.translator(clock), settings.filter(), oauth, tokens,
                client, new EcCubeWriteBack(client, clock), screening.portFor(config.merchantId()));
    }

    private static Set<Decision> holdOn(Map<String, String> onDecision) {
        Set<Decision> hold = EnumSet.noneOf(Decision.class);
        hold.addAll(EcCubeShopSettings.DEFAULT_HOLD);
        onDecision.forEach((decision, action) -> {
            if ("hold".equals(action)) {
                hold.add(Decision.valueOf(decision));
            } else {
                hold.remove(Decision.valueOf(decision));
            }
        });
        return hold;
    }
}
