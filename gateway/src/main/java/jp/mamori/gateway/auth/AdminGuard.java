package jp.mamori.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jp.mamori.gateway.MamoriProperties;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Guards {@code /admin/**} with the token in {@code MAMORI_ADMIN_TOKEN}, compared in constant time.
 * A merchant API key never opens it; without a configured token the admin API is closed.
 */
@Component
public class AdminGuard {

    private final byte[] token;

    public AdminGuard(MamoriProperties properties) {
        String configured = properties.adminToken();
        this.token = configured == null || configured.isBlank() ? null : configured.getBytes(StandardCharsets.UTF_8);
    }

    /** Completes when the request carries the admin token, or fails with 401/403. */
    public Mono<Void> check(ServerHttpRequest request) {
        if (token == null) {
            return Mono.error(new ApiProblem(HttpStatus.FORBIDDEN, "admin-disabled", "Admin API disabled",
                    "set MAMORI_ADMIN_TOKEN to enable the admin API"));
        }
        boolean valid = BearerToken.of(request)
                .map(presented -> MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
        return valid ? Mono.empty() : Mono.error(ApiProblem.unauthorized("the admin token is missing or not valid"));
    }
}
