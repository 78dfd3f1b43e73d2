package jp.mamori.gateway.admin;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jp.mamori.gateway.auth.AdminGuard;
import jp.mamori.gateway.inbox.InboxStore;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code /admin/dead-letters}: deliveries that could not be handled, and their replay once the cause is fixed. */
@RestController
public class DeadLetterAdminController {

    private final AdminGuard guard;
    private final InboxStore inbox;
    private final Clock clock;

    public DeadLetterAdminController(AdminGuard guard, InboxStore inbox, Clock clock) {
        this.guard = guard;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Operation(summary = "List dead letters, newest first", security = @SecurityRequirement(name = "adminToken"))
    @GetMapping(path = "/admin/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Map<String, List<InboxStore.DeadLetter>>> list(@Parameter(hidden = true) ServerWebExchange exchange,
                                                               @RequestParam(defaultValue = "100") int limit) {
        int bounded = Math.max(1, Math.min(limit, 1000));
        return guard.check(exchange.getRequest())
                .then(inbox.deadLetters(bounded).collectList())
                .map(letters -> Map.of("dead_letters", letters));
    }

    @Operation(summary = "Put a dead letter back in line with a fresh retry budget",
            security = @SecurityRequirement(name = "adminToken"))
    @PostMapping("/admin/dead-letters/{id}/replay")
    public Mono<ResponseEntity<Void>> replay(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String id) {
        return guard.check(exchange.getRequest())
                .then(inbox.replay(id, clock.instant()))
                .flatMap(replayed -> replayed
                        ? Mono.just(ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build())
                        : Mono.error(ApiProblem.notFound("no dead letter with that id")));
    }
}
