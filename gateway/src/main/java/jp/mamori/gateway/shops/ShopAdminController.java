package jp.mamori.gateway.shops;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.MamoriProperties;
import jp.mamori.gateway.auth.AdminGuard;
import jp.mamori.gateway.storage.Merchants;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.gateway.web.BodyLimit;
import jp.mamori.gateway.web.PathIds;
import jp.mamori.gateway.web.FirstHeaderValues;
import jp.mamori.woocommerce.ConnectionCheck;
import jp.mamori.woocommerce.WooWebhookHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@code /admin/shops/{shop}}: connect, read back (never the secrets), check and remove a shop. */
@RestController
public class ShopAdminController {

    private final AdminGuard guard;
    private final BodyLimit bodies;
    private final ScreeningJson json;
    private final ShopRecords shops;
    private final WooShopDirectory woo;
    private final List<ShopDirectory> directories;
    private final List<PlatformDoctor> doctors;
    private final Merchants merchants;
    private final boolean allowInsecure;
    private final Clock clock;

    public ShopAdminController(AdminGuard guard, BodyLimit bodies, ScreeningJson json, ShopRecords shops,
                               WooShopDirectory woo, List<ShopDirectory> directories, List<PlatformDoctor> doctors,
                               Merchants merchants, MamoriProperties properties, Clock clock) {
        this.guard = guard;
        this.bodies = bodies;
        this.json = json;
        this.shops = shops;
        this.woo = woo;
        this.directories = directories;
        this.doctors = doctors;
        this.merchants = merchants;
        this.allowInsecure = properties.allowInsecureShopUrls();
        this.clock = clock;
    }

    @Operation(summary = "Connect or reconfigure a shop", security = @SecurityRequirement(name = "adminToken"))
    @PutMapping(path = "/admin/shops/{shop}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ShopConfig> put(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String shop) {
        return guard.check(exchange.getRequest())
                .then(Mono.fromCallable(() -> PathIds.checked(shop, "shop")))
                .then(bodies.readJson(exchange.getRequest()))
                .map(body -> ShopRequestReader.read(shop, json.readObject(body), allowInsecure))
                .flatMap(input -> merchants.find(input.config().merchantId())
                        .switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                                "merchant_id names no merchant", List.of(new FieldError("merchant_id", "names no merchant")))))
                        .then(shops.put(input.config(), input.secrets(), clock.instant()))
                        .doOnSuccess(v -> forget(shop))
                        .thenReturn(input.config()));
    }

    @Operation(summary = "Read a shop's settings, without secrets", security = @SecurityRequirement(name = "adminToken"))
    @GetMapping(path = "/admin/shops/{shop}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ShopConfig> get(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String shop) {
        return guard.check(exchange.getRequest())
                .then(shops.find(shop))
                .map(ShopRecords.StoredShop::config)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such shop")));
    }

    @Operation(summary = "Check that Mamori reaches the shop's API with its credentials",
            security = @SecurityRequirement(name = "adminToken"))
    @GetMapping(path = "/admin/shops/{shop}/doctor", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> doctor(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String shop) {
        return guard.check(exchange.getRequest())
                .then(shops.find(shop))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such shop")))
                .flatMap(stored -> doctors.stream().filter(d -> d.platform().equals(stored.config().platform())).findFirst()
                        .map(d -> d.diagnose(shop))
                        .orElseGet(() -> wooDoctor(shop)));
    }

    private Mono<Map<String, Object>> wooDoctor(String shop) {
        return woo.find(shop)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such WooCommerce shop")))
                .flatMap(connected -> Mono.fromCallable(() -> connected.client().checkConnection())
                        .subscribeOn(Schedulers.boundedElastic()))
                .map(ShopAdminController::diagnosis);
    }

    @Operation(summary = "Check a sample delivery (body and X-WC-Webhook-* headers as WooCommerce sent them) "
            + "against the shop's webhook secrets", security = @SecurityRequirement(name = "adminToken"))
    @PostMapping(path = "/admin/shops/{shop}/doctor/webhook", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> doctorWebhook(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String shop) {
        Map<String, String> headers = FirstHeaderValues.of(exchange.getRequest().getHeaders());
        return guard.check(exchange.getRequest())
                .then(woo.find(shop))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such WooCommerce shop")))
                .flatMap(connected -> bodies.read(exchange.getRequest())
                        .map(body -> connected.verifier().verify(body, WooWebhookHeaders.from(headers))))
                .map(outcome -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("delivery", outcome.kind().name().toLowerCase(java.util.Locale.ROOT));
                    body.put("topic", outcome.topic());
                    body.put("order_id", outcome.orderId());
                    body.put("detail", outcome.detail());
                    return body;
                });
    }

    @Operation(summary = "Disconnect a shop", security = @SecurityRequirement(name = "adminToken"))
    @DeleteMapping("/admin/shops/{shop}")
    public Mono<ResponseEntity<Void>> delete(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String shop) {
        return guard.check(exchange.getRequest())
                .then(shops.delete(shop))
                .doOnNext(deleted -> forget(shop))
                .flatMap(deleted -> deleted
                        ? Flux.fromIterable(directories).concatMap(directory -> directory.removed(shop))
                                .then(Mono.just(ResponseEntity.noContent().<Void>build()))
                        : Mono.error(ApiProblem.notFound("no such shop")));
    }

    private void forget(String shop) {
        directories.forEach(directory -> directory.forget(shop));
    }

    private static Map<String, Object> diagnosis(ConnectionCheck check) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rest_api", check.diagnosis().name().toLowerCase(java.util.Locale.ROOT));
        body.put("http_status", check.httpStatus());
        body.put("detail", check.detail());
        return body;
    }
}
