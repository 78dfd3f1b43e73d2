package jp.mamori.gateway.psp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.auth.MerchantAuthenticator;
import jp.mamori.gateway.web.ArrivalTime;
import jp.mamori.gateway.web.BodyLimit;
import jp.mamori.psp.authorization.AuthorizationAnswer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code POST /v1/authorizations}: a PSP asks before it authorizes a card, and is answered within its deadline. */
@RestController
public class AuthorizationController {

    private final MerchantAuthenticator authenticator;
    private final BodyLimit bodies;
    private final AuthorizationService service;
    private final ScreeningJson json;

    public AuthorizationController(MerchantAuthenticator authenticator, BodyLimit bodies, AuthorizationService service,
                                   ScreeningJson json) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.service = service;
        this.json = json;
    }

    @Operation(summary = "Screen a card authorization within a deadline", security = @SecurityRequirement(name = "merchantKey"))
    @ApiResponse(responseCode = "200", description = "The action, with the screening's decision, or the merchant's fallback when late",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuthorizationAnswer.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, an invalid field, or a card number",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "No valid API key", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "merchant_id names another merchant",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/v1/authorizations", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> authorize(@Parameter(hidden = true) ServerWebExchange exchange) {
        long arrivedNanos = ArrivalTime.of(exchange);
        return authenticator.merchantOf(exchange.getRequest())
                .flatMap(merchant -> bodies.readJson(exchange.getRequest())
                        .flatMap(body -> service.authorize(merchant, body, arrivedNanos)))
                .map(answer -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.write(answer)));
    }
}
