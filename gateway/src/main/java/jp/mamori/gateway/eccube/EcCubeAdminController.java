package jp.mamori.gateway.eccube;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jp.mamori.gateway.auth.AdminGuard;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code POST /admin/shops/{shop}/ec-cube/reconcile}: poll the shop for missed orders now, without waiting for the timer. */
@RestController
public class EcCubeAdminController {

    private final AdminGuard guard;
    private final EcCubeReconciler reconciler;

    public EcCubeAdminController(AdminGuard guard, EcCubeReconciler reconciler) {
        this.guard = guard;
        this.reconciler = reconciler;
    }

    @Operation(summary = "Look for orders no webhook brought, now", security = @SecurityRequirement(name = "adminToken"))
    @PostMapping(path = "/admin/shops/{shop}/ec-cube/reconcile", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<EcCubeReconciler.Poll> reconcile(@Parameter(hidden = true) ServerWebExchange exchange, @PathVariable String shop) {
        return guard.check(exchange.getRequest())
                .then(reconciler.reconcile(shop))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no EC-CUBE shop is connected under this id")));
    }
}
