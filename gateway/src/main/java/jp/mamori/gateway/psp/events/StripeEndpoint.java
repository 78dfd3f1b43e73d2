package jp.mamori.gateway.psp.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.inbox.Inbox;
import jp.mamori.connector.inbox.IncomingDelivery;
import jp.mamori.connector.signature.Verification;
import jp.mamori.gateway.web.WebhookAnswer;
import jp.mamori.psp.PspEvent;
import jp.mamori.psp.account.PspAccount;
import jp.mamori.psp.stripe.StripeEvents;
import jp.mamori.psp.stripe.StripeSignature;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * A Stripe event: its {@code Stripe-Signature} checked against the account's secrets, then stored under its event id,
 * so that Stripe's redeliveries of it are recognised. Kinds Mamori does not use are answered and not stored.
 */
@Component
public class StripeEndpoint {

    private final Inbox inbox;
    private final ScreeningJson json;
    private final EventRefusals refusals;
    private final Clock clock;

    public StripeEndpoint(Inbox inbox, ScreeningJson json, EventRefusals refusals, Clock clock) {
        this.inbox = inbox;
        this.json = json;
        this.refusals = refusals;
        this.clock = clock;
    }

    Mono<ServerResponse> receive(String accountId, PspAccount.Stripe account, byte[] body, ServerRequest request) {
        Verification verification = new StripeSignature(account.webhookSecrets())
                .verify(body, request.headers().firstHeader("Stripe-Signature"), clock.instant());
        if (verification != Verification.VALID) {
            return Mono.error(refusals.unauthorized(StripeEvents.PROVIDER, verification.name(), switch (verification) {
                case MISSING -> "send the event as Stripe signs it: no Stripe-Signature header with t= and v1=";
                case EXPIRED -> "the Stripe-Signature timestamp is more than 300 s from now: a replay, or a clock far off";
                default -> "the Stripe-Signature matches none of this account's webhook secrets";
            }));
        }
        PspEvent event = StripeEvents.read(json.readObject(body));
        if (event instanceof PspEvent.Ignored) {
            return WebhookAnswer.result("ignored");
        }
        IncomingDelivery delivery = new IncomingDelivery(PspMount.STRIPE, accountId, event.eventId(), event.kind(),
                "event", new String(body, StandardCharsets.UTF_8), clock.instant());
        return inbox.accept(delivery)
                .flatMap(acceptance -> WebhookAnswer.result(acceptance.name().toLowerCase(Locale.ROOT)));
    }
}
