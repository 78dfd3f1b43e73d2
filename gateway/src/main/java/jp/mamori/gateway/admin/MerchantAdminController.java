package jp.mamori.gateway.admin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.auth.AdminGuard;
import jp.mamori.gateway.auth.ApiKeys;
import jp.mamori.gateway.storage.Merchants;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.gateway.web.BodyLimit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code /admin/merchants}: merchants and their API keys, behind the admin token. */
@RestController
public class MerchantAdminController {

    private static final String ADMIN_LABEL = "admin";

    private final AdminGuard guard;
    private final BodyLimit bodies;
    private final ScreeningJson json;
    private final MerchantAdmin admin;
    private final Merchants merchants;
    private final java.time.Clock clock;

    public MerchantAdminController(AdminGuard guard, BodyLimit bodies, ScreeningJson json, MerchantAdmin admin,
                                   Merchants merchants, java.time.Clock clock) {
        this.guard = guard;
        this.bodies = bodies;
        this.json = json;
        this.admin = admin;
        this.merchants = merchants;
        this.clock = clock;
    }

    @PostMapping(path = "/admin/merchants", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> create(ServerWebExchange exchange) {
        return guard.check(exchange.getRequest())
                .then(bodies.readJson(exchange.getRequest()))
                .map(body -> NameField.of(json.readObject(body)))
                .flatMap(name -> admin.createMerchant(ApiKeys.newId("mer_"), name, ADMIN_LABEL))
                .map(issued -> ResponseEntity.created(URI.create("/admin/merchants/" + issued.merchantId()))
                        .body(issuedBody(issued)));
    }

    @GetMapping(path = "/admin/merchants/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> get(ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(merchants.find(id))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such merchant")))
                .flatMap(merchant -> merchants.keys(id).collectList().map(keys -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("merchant_id", merchant.id());
                    body.put("name", merchant.name());
                    body.put("created_at", merchant.createdAt().toString());
                    body.put("api_keys", keys.stream().map(key -> {
                        Map<String, Object> k = new LinkedHashMap<>();
                        k.put("key_id", key.keyId());
                        k.put("label", key.label());
                        k.put("created_at", key.createdAt().toString());
                        k.put("revoked_at", key.revokedAt() == null ? null : key.revokedAt().toString());
                        return k;
                    }).toList());
                    return body;
                }));
    }

    @PostMapping(path = "/admin/merchants/{id}/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> issueKey(ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(merchants.find(id))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such merchant")))
                .flatMap(merchant -> admin.issueKey(merchant.id(), ADMIN_LABEL))
                .map(issued -> ResponseEntity.status(HttpStatus.CREATED).body(issuedBody(issued)));
    }

    @DeleteMapping("/admin/merchants/{id}/api-keys/{keyId}")
    public Mono<ResponseEntity<Void>> revokeKey(ServerWebExchange exchange, @PathVariable String id, @PathVariable String keyId) {
        return guard.check(exchange.getRequest())
                .then(merchants.revokeKey(id, keyId, clock.instant()))
                .flatMap(revoked -> revoked == 0
                        ? Mono.error(ApiProblem.notFound("no active key with that id for this merchant"))
                        : Mono.just(ResponseEntity.noContent().<Void>build()));
    }

    private static Map<String, Object> issuedBody(MerchantAdmin.IssuedKey issued) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchant_id", issued.merchantId());
        body.put("key_id", issued.keyId());
        body.put("api_key", issued.apiKey());
        return body;
    }
}
