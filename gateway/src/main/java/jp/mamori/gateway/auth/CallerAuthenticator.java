package jp.mamori.gateway.auth;

import java.util.Optional;

import jp.mamori.gateway.storage.Partners;
import jp.mamori.gateway.web.ApiProblem;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds who calls, for the APIs a partner may call as well as a merchant, or refuses the request with 401. A key's
 * prefix says which it is, so either is one read by its hash.
 */
@Component
public class CallerAuthenticator {

    private final MerchantAuthenticator merchants;
    private final Partners partners;

    public CallerAuthenticator(MerchantAuthenticator merchants, Partners partners) {
        this.merchants = merchants;
        this.partners = partners;
    }

    /** The caller, or an {@link ApiProblem} 401. */
    public Mono<Caller> callerOf(ServerHttpRequest request) {
        Optional<String> key = BearerToken.of(request);
        if (key.filter(ApiKeys::isPartnerKey).isEmpty()) {
            return merchants.merchantOf(key).map(Caller.Merchant::new);
        }
        return partners.partnerOfKey(ApiKeys.hash(key.get()))
                .<Caller>map(Caller.Partner::new)
                .switchIfEmpty(Mono.error(() -> ApiProblem.unauthorized("the API key is not valid")));
    }
}
