package jp.mamori.gateway.screening;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.ScreeningResult;

import jp.mamori.gateway.auth.MerchantAuthenticator;
import jp.mamori.gateway.review.ScreeningView;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.gateway.web.BodyLimit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code /v1/screenings}: screen an order, and read a screening back. */
@RestController
public class ScreeningController {

    private final MerchantAuthenticator authenticator;
    private final BodyLimit bodies;
    private final ScreeningService service;
    private final ScreeningView view;

    public ScreeningController(MerchantAuthenticator authenticator, BodyLimit bodies, ScreeningService service,
                               ScreeningView view) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.service = service;
        this.view = view;
    }

    @Operation(summary = "Screen one order", security = @SecurityRequirement(name = "merchantKey"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScreeningRequest.class))))
    @ApiResponse(responseCode = "201", description = "Screened and stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScreeningResult.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, an invalid field, or a card number",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "No valid API key", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Idempotency-Key reused with another body",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/v1/screenings", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> screen(@Parameter(hidden = true) ServerWebExchange exchange,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return authenticator.merchantOf(exchange.getRequest())
                .flatMap(merchant -> bodies.readJson(exchange.getRequest())
                        .flatMap(body -> service.screen(merchant, body, idempotencyKey)))
                .map(screened -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/v1/screenings/" + screened.screeningId()))
                        .header("Idempotent-Replayed", Boolean.toString(screened.replayed()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(screened.json()));
    }

    @Operation(summary = "Read a screening back", security = @SecurityRequirement(name = "merchantKey"))
    @ApiResponse(responseCode = "200", description = "The screening as it was answered, with its review status, latest review and feedback",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScreeningResult.class)))
    @ApiResponse(responseCode = "404", description = "No such screening for this merchant",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping(path = "/v1/screenings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> get(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String id) {
        return authenticator.merchantOf(exchange.getRequest())
                .flatMap(merchant -> view.of(merchant, id))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("this merchant has no screening with that id")))
                .map(json -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json));
    }
}
