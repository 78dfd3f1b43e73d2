package jp.mamori.gateway.psp.events;

import jp.mamori.gateway.psp.accounts.PspAccountRecords;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.gateway.web.BodyLimit;
import jp.mamori.psp.account.PspAccount;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code POST /hooks/psp/{provider}/{account}}: a provider's event is verified, de-duplicated and stored, then
 * answered; it is applied later, from the inbox. The provider in the path must be the account's.
 */
@Component
public class PspEventEndpoint {

    private final PspAccountRecords accounts;
    private final BodyLimit bodies;
    private final StripeEndpoint stripe;
    private final AdyenEndpoint adyen;
    private final GmoPgEndpoint gmoPg;

    public PspEventEndpoint(PspAccountRecords accounts, BodyLimit bodies, StripeEndpoint stripe, AdyenEndpoint adyen,
                            GmoPgEndpoint gmoPg) {
        this.accounts = accounts;
        this.bodies = bodies;
        this.stripe = stripe;
        this.adyen = adyen;
        this.gmoPg = gmoPg;
    }

    /** Routed by {@link jp.mamori.gateway.web.WebhookRoutes}. */
    public Mono<ServerResponse> receive(ServerRequest request) {
        String provider = request.pathVariable("provider");
        String accountId = request.pathVariable("account");
        return accounts.find(accountId)
                .filter(account -> account.provider().equals(provider))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("no " + provider + " account is configured under this id")))
                .flatMap(account -> bodies.read(request.exchange().getRequest())
                        .flatMap(body -> dispatch(accountId, account, body, request)));
    }

    private Mono<ServerResponse> dispatch(String accountId, PspAccount account, byte[] body, ServerRequest request) {
        if (account instanceof PspAccount.Stripe stripeAccount) {
            return stripe.receive(accountId, stripeAccount, body, request);
        }
        if (account instanceof PspAccount.Adyen adyenAccount) {
            return adyen.receive(accountId, adyenAccount, body, request);
        }
        return gmoPg.receive(accountId, (PspAccount.GmoPg) account, body, request);
    }
}
