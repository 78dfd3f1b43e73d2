package jp.mamori.gateway.psp.accounts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.auth.AdminGuard;
import jp.mamori.gateway.storage.Merchants;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.gateway.web.BodyLimit;
import jp.mamori.gateway.web.PathIds;
import jp.mamori.psp.account.PspAccount;
import jp.mamori.psp.account.PspAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code /admin/psp-accounts/{account}}: configure, read back (never a secret) and remove a merchant's PSP account. */
@RestController
public class PspAccountAdminController {

    private final AdminGuard guard;
    private final BodyLimit bodies;
    private final ScreeningJson json;
    private final PspAccountRecords accounts;
    private final Merchants merchants;
    private final Clock clock;

    public PspAccountAdminController(AdminGuard guard, BodyLimit bodies, ScreeningJson json, PspAccountRecords accounts,
                                     Merchants merchants, Clock clock) {
        this.guard = guard;
        this.bodies = bodies;
        this.json = json;
        this.accounts = accounts;
        this.merchants = merchants;
        this.clock = clock;
    }

    @Operation(summary = "Configure a PSP account: its events then arrive at /hooks/psp/{provider}/{account}",
            security = @SecurityRequirement(name = "adminToken"))
    @ApiResponse(responseCode = "200", description = "Stored; the account as read back, without its secrets")
    @ApiResponse(responseCode = "400", description = "A bad or unknown setting, or a merchant that does not exist",
            content = @Content(mediaType = "application/problem+json"))
    @PutMapping(path = "/admin/psp-accounts/{account}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> put(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String account) {
        return guard.check(exchange.getRequest())
                .then(Mono.fromCallable(() -> PathIds.checked(account, "account")))
                .then(bodies.readJson(exchange.getRequest()))
                .map(body -> PspAccounts.read(json.readObject(body)))
                .flatMap(read -> merchants.find(read.merchantId())
                        .switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request",
                                "Invalid request", "merchant_id names no merchant",
                                List.of(new FieldError("merchant_id", "names no merchant")))))
                        .then(accounts.put(account, read, clock.instant()))
                        .thenReturn(described(account, read)));
    }

    @Operation(summary = "Read a PSP account back, its secrets counted but never shown",
            security = @SecurityRequirement(name = "adminToken"))
    @ApiResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = "application/problem+json"))
    @GetMapping(path = "/admin/psp-accounts/{account}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> get(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String account) {
        return guard.check(exchange.getRequest())
                .then(accounts.find(account))
                .map(found -> described(account, found))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no PSP account under this id")));
    }

    @Operation(summary = "Remove a PSP account: its events are refused from then on",
            security = @SecurityRequirement(name = "adminToken"))
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = "application/problem+json"))
    @DeleteMapping("/admin/psp-accounts/{account}")
    public Mono<ResponseEntity<Void>> delete(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String account) {
        return guard.check(exchange.getRequest())
                .then(accounts.delete(account))
                .flatMap(deleted -> deleted ? Mono.just(ResponseEntity.noContent().<Void>build())
                        : Mono.error(ApiProblem.notFound("no PSP account under this id")));
    }

    private static Map<String, Object> described(String id, PspAccount account) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", id);
        body.putAll(PspAccounts.described(account));
        body.put("events_url", "/hooks/psp/" + account.provider() + "/" + id
                + (account instanceof PspAccount.GmoPg ? "?token=…" : ""));
        return body;
    }
}
