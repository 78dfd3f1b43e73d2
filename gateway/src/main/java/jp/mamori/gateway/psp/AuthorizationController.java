package jp.mamori.gateway.psp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.gateway.auth.ActingMerchant;
import jp.mamori.gateway.auth.CallerAuthenticator;
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

    private final CallerAuthenticator callers;
    private final ActingMerchant actingMerchant;
    private final BodyLimit bodies;
    private final AuthorizationService service;
    private final ScreeningJson json;

    public AuthorizationController(CallerAuthenticator callers, ActingMerchant actingMerchant, BodyLimit bodies,
                                   AuthorizationService service, ScreeningJson json) {
        this.callers = callers;
        this.actingMerchant = actingMerchant;
        this.bodies = bodies;
        this.service = service;
        this.json = json;
    }

    @Operation(summary = "Screen a card authorization within a deadline",
            security = {@SecurityRequirement(name = "merchantKey"), @SecurityRequirement(name = "partnerKey")})
    @ApiResponse(responseCode = "200", description = "The action, with the screening's decision, or the merchant's fallback when late",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuthorizationAnswer.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, an invalid field, a card number, or a partner's "
            + "key without merchant_id",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "No valid API key", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "merchant_id names another merchant than the key's own, or one "
            + "not linked to the partner whose key it is",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/v1/authorizations", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> authorize(@Parameter(hidden = true) ServerWebExchange exchange) {
        long arrivedNanos = ArrivalTime.of(exchange);
        return callers.callerOf(exchange.getRequest())
                .flatMap(caller -> bodies.readJson(exchange.getRequest())
                        .map(service::read)
                        .flatMap(request -> actingMerchant.of(caller, request.merchantId())
                                .flatMap(merchant -> service.authorize(merchant, request, arrivedNanos))))
                .map(answer -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.write(answer)));
    }
}
