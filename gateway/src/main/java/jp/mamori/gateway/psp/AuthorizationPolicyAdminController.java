package jp.mamori.gateway.psp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.auth.AdminGuard;
import jp.mamori.gateway.web.BodyLimit;
import jp.mamori.psp.authorization.ActionPolicies;
import jp.mamori.psp.authorization.ActionPolicy;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /admin/merchants/{id}/authorization-policy}: what a merchant's PSP is told for each decision of {@code POST
 * /v1/authorizations} and when the screening is late, behind the admin token. Apart from the scoring policy
 * ({@code /policy}), which decides; this one only translates decisions for the PSP.
 */
@RestController
public class AuthorizationPolicyAdminController {

    private static final String PATH = "/admin/merchants/{id}/authorization-policy";
    private static final String EXAMPLE = "{\"actions\": {\"OK\": \"accept\", \"REVIEW\": \"accept\", \"NG\": \"deny\"}, "
            + "\"fallback\": \"challenge\"}";

    private final AdminGuard guard;
    private final BodyLimit bodies;
    private final ScreeningJson json;
    private final AuthorizationPolicies policies;

    public AuthorizationPolicyAdminController(AdminGuard guard, BodyLimit bodies, ScreeningJson json,
                                              AuthorizationPolicies policies) {
        this.guard = guard;
        this.bodies = bodies;
        this.json = json;
        this.policies = policies;
    }

    @Operation(summary = "Set a merchant's action per decision and fallback; a decision left out keeps its default action",
            security = @SecurityRequirement(name = "adminToken"),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(value = EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Stored; the merchant's next authorization is answered by it")
    @ApiResponse(responseCode = "400", description = "Malformed JSON, or a field that is unknown or not accept, challenge or deny",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such merchant", content = @Content(mediaType = "application/problem+json"))
    @PutMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> put(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(bodies.readJson(exchange.getRequest()))
                .map(body -> ActionPolicies.read((ObjectNode) json.readObject(body)))
                .flatMap(policy -> policies.set(id, policy).thenReturn(describe(id, Optional.of(policy))));
    }

    @Operation(summary = "Read a merchant's authorization policy, the default when it has none",
            security = @SecurityRequirement(name = "adminToken"))
    @ApiResponse(responseCode = "200", description = "The policy in force, with source merchant or default",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such merchant", content = @Content(mediaType = "application/problem+json"))
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, Object>> get(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(policies.own(id))
                .map(own -> describe(id, own));
    }

    @Operation(summary = "Put a merchant back on the default authorization policy",
            security = @SecurityRequirement(name = "adminToken"))
    @ApiResponse(responseCode = "204", description = "The merchant's next authorization is answered by the default")
    @ApiResponse(responseCode = "404", description = "No such merchant", content = @Content(mediaType = "application/problem+json"))
    @DeleteMapping(PATH)
    public Mono<ResponseEntity<Void>> delete(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(policies.reset(id))
                .thenReturn(ResponseEntity.noContent().<Void>build());
    }

    private static Map<String, Object> describe(String merchantId, Optional<ActionPolicy> own) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchant_id", merchantId);
        body.put("source", own.isPresent() ? "merchant" : "default");
        body.putAll(ActionPolicies.fields(own.orElse(ActionPolicy.DEFAULT)));
        return body;
    }
}
