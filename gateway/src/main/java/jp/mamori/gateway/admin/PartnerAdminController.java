package jp.mamori.gateway.admin;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.auth.AdminGuard;
import jp.mamori.gateway.auth.ApiKeys;
import jp.mamori.gateway.storage.Merchants;
import jp.mamori.gateway.storage.Partners;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.gateway.web.BodyLimit;
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
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code /admin/partners} and {@code /admin/merchants/{id}/partner}: partners (PSPs that authorize for many
 * merchants with one key), their keys, and which merchants each may act for, behind the admin token.
 */
@RestController
public class PartnerAdminController {

    /** As long as the column that holds it. */
    private static final int MAX_PARTNER_ID = 40;

    private final AdminGuard guard;
    private final BodyLimit bodies;
    private final ScreeningJson json;
    private final PartnerAdmin admin;
    private final Partners partners;
    private final Merchants merchants;
    private final Clock clock;

    public PartnerAdminController(AdminGuard guard, BodyLimit bodies, ScreeningJson json, PartnerAdmin admin,
                                  Partners partners, Merchants merchants, Clock clock) {
        this.guard = guard;
        this.bodies = bodies;
        this.json = json;
        this.admin = admin;
        this.partners = partners;
        this.merchants = merchants;
        this.clock = clock;
    }

    @Operation(summary = "Create a partner with its first API key, shown in this answer only",
            security = @SecurityRequirement(name = "adminToken"))
    @PostMapping(path = "/admin/partners", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> create(@Parameter(hidden = true) ServerWebExchange exchange) {
        return guard.check(exchange.getRequest())
                .then(bodies.readJson(exchange.getRequest()))
                .map(body -> NameField.of(json.readObject(body)))
                .flatMap(name -> admin.createPartner(ApiKeys.newId("ptn_"), name).map(issued -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("partner_id", issued.partnerId());
                    body.put("name", name);
                    body.put("key_id", issued.keyId());
                    body.put("api_key", issued.apiKey());
                    return ResponseEntity.created(URI.create("/admin/partners/" + issued.partnerId())).body(body);
                }));
    }

    @Operation(summary = "Read a partner, the ids of its merchants and its keys' ids (never the keys)",
            security = @SecurityRequirement(name = "adminToken"))
    @GetMapping(path = "/admin/partners/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> get(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(partners.find(id))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such partner")))
                .flatMap(partner -> Mono.zip(partners.merchantIds(id).collectList(), partners.keys(id).collectList())
                        .map(found -> {
                            Map<String, Object> body = new LinkedHashMap<>();
                            body.put("partner_id", partner.id());
                            body.put("name", partner.name());
                            body.put("created_at", partner.createdAt().toString());
                            body.put("merchant_ids", found.getT1());
                            body.put("api_keys", found.getT2().stream().map(key -> {
                                Map<String, Object> k = new LinkedHashMap<>();
                                k.put("key_id", key.keyId());
                                k.put("created_at", key.createdAt().toString());
                                k.put("revoked_at", key.revokedAt() == null ? null : key.revokedAt().toString());
                                return k;
                            }).toList());
                            return body;
                        }));
    }

    @Operation(summary = "Issue another API key to a partner (for rotation), shown in this answer only",
            security = @SecurityRequirement(name = "adminToken"))
    @PostMapping(path = "/admin/partners/{id}/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> issueKey(@Parameter(hidden = true) ServerWebExchange exchange,
                                                              @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(partners.find(id))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such partner")))
                .flatMap(partner -> admin.issueKey(partner.id()))
                .map(issued -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("partner_id", issued.partnerId());
                    body.put("key_id", issued.keyId());
                    body.put("api_key", issued.apiKey());
                    return ResponseEntity.status(HttpStatus.CREATED).body(body);
                });
    }

    @Operation(summary = "Revoke a partner's API key", security = @SecurityRequirement(name = "adminToken"))
    @DeleteMapping("/admin/partners/{id}/api-keys/{keyId}")
    public Mono<ResponseEntity<Void>> revokeKey(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String id,
                                                @PathVariable String keyId) {
        return guard.check(exchange.getRequest())
                .then(partners.revokeKey(id, keyId, clock.instant()))
                .flatMap(revoked -> revoked == 0
                        ? Mono.error(ApiProblem.notFound("no active key with that id for this partner"))
                        : Mono.just(ResponseEntity.noContent().<Void>build()));
    }

    @Operation(summary = "Let a partner act for a merchant, in place of any partner it had",
            security = @SecurityRequirement(name = "adminToken"))
    @PutMapping(path = "/admin/merchants/{id}/partner", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> link(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(bodies.readJson(exchange.getRequest()))
                .map(body -> partnerId(json.readObject(body)))
                .flatMap(partnerId -> merchants.find(id)
                        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such merchant")))
                        .then(partners.find(partnerId))
                        .switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                                "partner_id names no partner", List.of(new FieldError("partner_id", "names no partner")))))
                        .then(partners.link(id, partnerId))
                        .then(Mono.fromSupplier(() -> {
                            Map<String, Object> body = new LinkedHashMap<>();
                            body.put("merchant_id", id);
                            body.put("partner_id", partnerId);
                            return body;
                        })));
    }

    @Operation(summary = "Stop a merchant's partner from acting for it", security = @SecurityRequirement(name = "adminToken"))
    @DeleteMapping("/admin/merchants/{id}/partner")
    public Mono<ResponseEntity<Void>> unlink(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(merchants.find(id))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such merchant")))
                .then(partners.unlink(id))
                .thenReturn(ResponseEntity.noContent().<Void>build());
    }

    private static String partnerId(JsonNode root) {
        JsonNode partnerId = root.get("partner_id");
        if (partnerId == null || !partnerId.isString() || partnerId.stringValue().isBlank()
                || partnerId.stringValue().length() > MAX_PARTNER_ID) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "partner_id must be a partner id of 1 to " + MAX_PARTNER_ID + " characters",
                    List.of(new FieldError("partner_id", "must be a partner id of 1 to " + MAX_PARTNER_ID + " characters")));
        }
        return partnerId.stringValue();
    }
}
