package jp.mamori.gateway.auth;

import java.util.Optional;

import jp.mamori.gateway.storage.Merchants;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Finds the merchant behind a request's API key, or refuses the request with 401. */
@Component
public class MerchantAuthenticator {

    private final Merchants merchants;

    public MerchantAuthenticator(Merchants merchants) {
        this.merchants = merchants;
    }

    /** The merchant id, or an {@link ApiProblem} 401. */
    public Mono<String> merchantOf(ServerHttpRequest request) {
        return merchantOf(BearerToken.of(request));
    }

    /** The merchant of {@code key}, the bearer token already read; an {@link ApiProblem} 401 as above. */
    Mono<String> merchantOf(Optional<String> key) {
        return key
                .map(given -> merchants.merchantOfKey(ApiKeys.hash(given))
                        .switchIfEmpty(Mono.error(() -> ApiProblem.unauthorized("the API key is not valid"))))
                .orElseGet(() -> Mono.error(ApiProblem.unauthorized(
                        "send the merchant API key as Authorization: Bearer <key>")));
    }
}
