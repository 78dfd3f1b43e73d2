package jp.mamori.gateway.affiliates;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.affiliates.AffiliateRows.Registration;
import jp.mamori.gateway.auth.AdminGuard;
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

/**
 * {@code /admin/merchants/{id}/affiliates/{affiliate_id}}: the identity an affiliate registered with the merchant
 * (name, email, phone, address, as a screening's buyer and billing address), behind the admin token; many at once
 * as CSV with {@code POST /admin/merchants/{id}/affiliates}. What is
 * shown back is which kinds of identity are registered, never the values: only their keys are stored.
 */
@RestController
public class AffiliateAdminController {

    private static final String ONE = "/admin/merchants/{id}/affiliates/{affiliateId}";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final AdminGuard guard;
    private final BodyLimit bodies;
    private final ScreeningJson json;
    private final AffiliateRegistrations registrations;

    public AffiliateAdminController(AdminGuard guard, BodyLimit bodies, ScreeningJson json, AffiliateRegistrations registrations) {
        this.guard = guard;
        this.bodies = bodies;
        this.json = json;
        this.registrations = registrations;
    }

    @PutMapping(path = ONE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> put(ServerWebExchange exchange, @PathVariable String id,
                                                         @PathVariable String affiliateId) {
        return guard.check(exchange.getRequest())
                .then(bodies.readJson(exchange.getRequest()))
                .map(json::readAffiliateIdentity)
                .flatMap(identity -> registrations.register(id, affiliateId, identity))
                .map(registered -> ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(describe(registered.registration())));
    }

    @GetMapping(path = ONE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> get(ServerWebExchange exchange, @PathVariable String id, @PathVariable String affiliateId) {
        return guard.check(exchange.getRequest())
                .then(registrations.find(id, affiliateId))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no such affiliate registered for this merchant")))
                .map(AffiliateAdminController::describe);
    }

    @GetMapping(path = "/admin/merchants/{id}/affiliates", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> list(ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .thenMany(registrations.ofMerchant(id))
                .map(AffiliateAdminController::describe)
                .collectList()
                .map(affiliates -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("merchant_id", id);
                    body.put("affiliates", affiliates);
                    return body;
                });
    }

    @PostMapping(path = "/admin/merchants/{id}/affiliates", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> importCsv(ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(Mono.fromRunnable(() -> requireCsv(exchange.getRequest().getHeaders().getContentType())))
                .then(bodies.read(exchange.getRequest()))
                // A BOM from a spreadsheet's "CSV UTF-8" export would otherwise stick to the first column's name.
                .map(body -> new String(body, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""))
                .flatMap(csv -> registrations.importCsv(id, csv))
                .map(imported -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("merchant_id", id);
                    body.put("lines", imported.lines());
                    body.put("registered", imported.registered());
                    body.put("replaced", imported.replaced());
                    return body;
                });
    }

    @DeleteMapping(path = ONE)
    public Mono<ResponseEntity<Void>> delete(ServerWebExchange exchange, @PathVariable String id, @PathVariable String affiliateId) {
        return guard.check(exchange.getRequest())
                .then(registrations.delete(id, affiliateId))
                .map(deleted -> {
                    if (!deleted) {
                        throw ApiProblem.notFound("no such affiliate registered for this merchant");
                    }
                    return ResponseEntity.noContent().build();
                });
    }

    private static void requireCsv(MediaType type) {
        if (type == null || !CSV.isCompatibleWith(type)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                    "send the affiliates as Content-Type: text/csv (UTF-8)");
        }
    }

    private static Map<String, Object> describe(Registration registration) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchant_id", registration.merchantId());
        body.put("affiliate_id", registration.affiliateId());
        body.put("registered_at", registration.registeredAt().toString());
        List<String> kinds = List.copyOf(new TreeSet<>(registration.keys().stream().map(key -> key.kind().label()).toList()));
        body.put("identities", kinds);
        return body;
    }
}
