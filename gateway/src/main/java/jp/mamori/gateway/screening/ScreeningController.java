package jp.mamori.gateway.screening;

import java.net.URI;

import jp.mamori.gateway.auth.MerchantAuthenticator;
import jp.mamori.gateway.storage.Screenings;
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
    private final Screenings screenings;

    public ScreeningController(MerchantAuthenticator authenticator, BodyLimit bodies, ScreeningService service,
                               Screenings screenings) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.service = service;
        this.screenings = screenings;
    }

    @PostMapping(path = "/v1/screenings", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> screen(ServerWebExchange exchange,
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

    @GetMapping(path = "/v1/screenings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<String>> get(ServerWebExchange exchange, @PathVariable String id) {
        return authenticator.merchantOf(exchange.getRequest())
                .flatMap(merchant -> screenings.resultJson(merchant, id))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("this merchant has no screening with that id")))
                .map(json -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json));
    }
}
