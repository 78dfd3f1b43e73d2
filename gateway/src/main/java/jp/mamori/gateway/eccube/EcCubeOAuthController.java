package jp.mamori.gateway.eccube;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jp.mamori.connector.shophttp.ShopCallException;
import jp.mamori.eccube.EcCubeDeliveryHandler;
import jp.mamori.eccube.EcCubeOAuth;
import jp.mamori.eccube.EcCubeShop;
import jp.mamori.eccube.ReauthorizationNeeded;
import jp.mamori.gateway.auth.AdminGuard;
import jp.mamori.gateway.inbox.InboxStore;
import jp.mamori.gateway.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Connecting an EC-CUBE shop through Api42's OAuth2 authorization-code grant. The admin asks Mamori for the
 * shop's authorize URL ({@code /admin/shops/{shop}/ec-cube/connect}, a 302 carrying a single-use
 * {@code state}); the shop administrator approves in EC-CUBE's admin; EC-CUBE sends the browser back to
 * {@code /oauth/ec-cube/callback?code&state}, where Mamori checks the state, exchanges the code and keeps
 * the tokens sealed. Deliveries that waited for the shop are then taken up at once.
 */
@RestController
public class EcCubeOAuthController {

    static final String CALLBACK = "/oauth/ec-cube/callback";
    private static final Logger log = LoggerFactory.getLogger(EcCubeOAuthController.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AdminGuard guard;
    private final EcCubeShopDirectory shops;
    private final EcCubeRecords records;
    private final InboxStore inbox;
    private final EcCubeProperties properties;
    private final Clock clock;

    public EcCubeOAuthController(AdminGuard guard, EcCubeShopDirectory shops, EcCubeRecords records, InboxStore inbox,
                                 EcCubeProperties properties, Clock clock) {
        this.guard = guard;
        this.shops = shops;
        this.records = records;
        this.inbox = inbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(summary = "Redirect (302) to the EC-CUBE shop's OAuth authorize page, with a single-use state",
            security = @SecurityRequirement(name = "adminToken"))
    @GetMapping("/admin/shops/{shop}/ec-cube/connect")
    public Mono<ResponseEntity<Void>> connect(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String shop) {
        return guard.check(exchange.getRequest())
                .then(shops.find(shop))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no EC-CUBE shop is connected under this id")))
                .flatMap(connected -> {
                    if (shops.publicUrl() == null) {
                        return Mono.error(new ApiProblem(HttpStatus.CONFLICT, "public-url-missing", "Public URL missing",
                                "set MAMORI_PUBLIC_URL to the address EC-CUBE sends the administrator back to"));
                    }
                    String state = newState();
                    URI authorize = connected.oauth().authorizeUrl(state);
                    return records.saveState(state, shop, clock.instant().plus(properties.stateLifetime()), clock.instant())
                            .thenReturn(ResponseEntity.status(HttpStatus.FOUND).location(authorize)
                                    .header("Cache-Control", "no-store").<Void>build());
                });
    }

    @Operation(summary = "Where EC-CUBE sends the shop administrator back after approving Mamori")
    @GetMapping(path = CALLBACK, produces = MediaType.TEXT_HTML_VALUE)
    public Mono<ResponseEntity<String>> callback(@RequestParam(required = false) String code,
                                                 @RequestParam(required = false) String state,
                                                 @RequestParam(required = false) String error) {
        if (state == null || state.isBlank()) {
            return Mono.error(new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-state", "Invalid state", "state is missing"));
        }
        return records.consumeState(state, clock.instant())
                .switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-state", "Invalid state",
                        "this authorization is unknown, used already or expired: start again from the connect URL")))
                .flatMap(shop -> {
                    if (error != null || code == null || code.isBlank()) {
                        return Mono.error(new ApiProblem(HttpStatus.BAD_REQUEST, "authorization-denied", "Authorization denied",
                                "EC-CUBE did not authorize Mamori" + (error != null && error.matches("[a-z_]{1,40}") ? " (" + error + ")" : "")));
                    }
                    return shops.find(shop)
                            .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("the shop was removed in the meantime")))
                            .flatMap(connected -> exchange(connected, code))
                            .flatMap(tokens -> shops.reconnected(shop, tokens))
                            .then(inbox.resume(EcCubeDeliveryHandler.PLATFORM, shop, clock.instant()))
                            .map(resumed -> {
                                log.info("EC-CUBE shop {} connected; {} waiting deliveries resumed", shop, resumed);
                                return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page(shop));
                            });
                });
    }

    private static Mono<jp.mamori.eccube.Tokens> exchange(EcCubeShop connected, String code) {
        EcCubeOAuth oauth = connected.oauth();
        return Mono.fromCallable(() -> oauth.exchange(code))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(ReauthorizationNeeded.class, e -> new ApiProblem(HttpStatus.BAD_REQUEST, "code-refused", "Code refused",
                        "EC-CUBE refused the authorization code (used, expired, or another client): start again from the connect URL"))
                .onErrorMap(e -> e instanceof ShopCallException && !(e instanceof ReauthorizationNeeded),
                        e -> new ApiProblem(HttpStatus.BAD_GATEWAY, "shop-unreachable", "Shop unreachable", e.getMessage()));
    }

    private static String newState() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String page(String shop) {
        return "<!doctype html><html lang=\"ja\"><meta charset=\"utf-8\"><title>Mamori</title>"
                + "<h1>EC-CUBE ショップ「" + shop + "」を Mamori に接続しました</h1>"
                + "<p>Connected: Mamori now screens this shop's orders. このページは閉じてかまいません。</p></html>";
    }
}
