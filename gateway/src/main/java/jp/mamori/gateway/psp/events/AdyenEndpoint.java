package jp.mamori.gateway.psp.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.inbox.Inbox;
import jp.mamori.connector.inbox.IncomingDelivery;
import jp.mamori.connector.signature.Verification;
import jp.mamori.psp.PspEvent;
import jp.mamori.psp.account.PspAccount;
import jp.mamori.psp.adyen.AdyenHmac;
import jp.mamori.psp.adyen.AdyenNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An Adyen standard notification: a batch of items, each signed on its own. Items whose HMAC holds and that belong to
 * one of the account's merchant accounts are stored one delivery each, under Adyen's identity of an event
 * (pspReference, eventCode, success), and the batch is answered {@code [accepted]} once they are; an item whose HMAC
 * fails is dropped, counted and logged without its content; a genuine item of another merchant account is counted
 * and acknowledged.
 *
 * <p>A batch in which no item at all holds is refused with 401 rather than accepted: that is a key not configured
 * (after a rotation, say), not a forger, and a refusal makes Adyen keep the notifications and retry them until the
 * key is in place, where an acceptance would lose every chargeback until somebody noticed.
 */
@Component
public class AdyenEndpoint {

    private static final Logger log = LoggerFactory.getLogger(AdyenEndpoint.class);
    private static final byte[] ACCEPTED = "[accepted]".getBytes(StandardCharsets.US_ASCII);

    private final Inbox inbox;
    private final ScreeningJson json;
    private final EventRefusals refusals;
    private final Clock clock;

    public AdyenEndpoint(Inbox inbox, ScreeningJson json, EventRefusals refusals, Clock clock) {
        this.inbox = inbox;
        this.json = json;
        this.refusals = refusals;
        this.clock = clock;
    }

    Mono<ServerResponse> receive(String accountId, PspAccount.Adyen account, byte[] body, ServerRequest request) {
        if (account.basicAuth() != null && !authenticated(account.basicAuth(), request.headers().firstHeader("Authorization"))) {
            return Mono.error(refusals.unauthorized(AdyenNotifications.PROVIDER, "basic_auth",
                    "the Basic authentication does not match the one configured for this account"));
        }
        List<AdyenNotifications.Item> items = AdyenNotifications.read(json.readObject(body));
        AdyenHmac hmac = new AdyenHmac(account.hmacKeys());
        List<IncomingDelivery> valid = new ArrayList<>();
        int refused = 0;
        for (AdyenNotifications.Item item : items) {
            Verification verification = hmac.verify(item.signed());
            if (verification != Verification.VALID) {
                refused++;
                refusals.count(AdyenNotifications.PROVIDER, verification.name());
                log.warn("Adyen account {}: an item ({}) was dropped, its HMAC signature {}", accountId,
                        loggable(item.signed().eventCode()), verification.name().toLowerCase(Locale.ROOT));
            } else if (!account.merchantAccounts().contains(item.signed().merchantAccountCode())) {
                // Genuine, but another merchant account's (a company-wide webhook): acknowledged, not this merchant's.
                refusals.count(AdyenNotifications.PROVIDER, "merchant_account");
            } else if (!(item.event() instanceof PspEvent.Ignored)) {
                valid.add(new IncomingDelivery(PspMount.ADYEN, accountId, item.event().eventId(),
                        item.event().kind(), "event", new String(json.write(item.json()), StandardCharsets.UTF_8),
                        clock.instant()));
            }
        }
        if (refused == items.size()) {
            return Mono.error(refusals.unauthorized(AdyenNotifications.PROVIDER, "batch",
                    "no item's hmacSignature matches this account's HMAC keys"));
        }
        return Flux.fromIterable(valid)
                .flatMap(inbox::accept)
                .then(ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).bodyValue(ACCEPTED));
    }

    /** An unverified item's event code, as far as it looks like one: whoever forged it chose it. */
    private static String loggable(String eventCode) {
        return eventCode.matches("[A-Z_]{1,40}") ? eventCode : "unreadable event code";
    }

    private static boolean authenticated(PspAccount.BasicAuth expected, String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] wanted = (expected.username() + ":" + expected.password()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, wanted);
    }
}
