package jp.mamori.gateway.psp.events;

import java.nio.charset.Charset;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.inbox.Inbox;
import jp.mamori.connector.inbox.IncomingDelivery;
import jp.mamori.psp.PspEvent;
import jp.mamori.psp.account.PspAccount;
import jp.mamori.psp.gmopg.GmoPgForm;
import jp.mamori.psp.gmopg.GmoPgNotifications;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * A GMO-PG result notification: unsigned, so taken only on the account's URL token and only for the account's own
 * {@code ShopID}, and answered with the body {@code 0}, without which GMO-PG sends it again. A notification is stored
 * once, its form re-encoded in UTF-8; what it reports can only ever count as a decline.
 */
@Component
public class GmoPgEndpoint {

    private static final byte[] RECEIVED = "0".getBytes(StandardCharsets.US_ASCII);

    private final Inbox inbox;
    private final EventRefusals refusals;
    private final Clock clock;

    public GmoPgEndpoint(Inbox inbox, EventRefusals refusals, Clock clock) {
        this.inbox = inbox;
        this.refusals = refusals;
        this.clock = clock;
    }

    Mono<ServerResponse> receive(String accountId, PspAccount.GmoPg account, byte[] body, ServerRequest request) {
        String token = request.queryParam("token").orElse("");
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), account.urlToken().getBytes(StandardCharsets.UTF_8))) {
            return Mono.error(refusals.forbidden(GmoPgNotifications.PROVIDER, "token",
                    "the token in the URL is not this account's: use the notification URL exactly as configured"));
        }
        Map<String, String> form = GmoPgForm.decode(body, charset(request));
        if (!account.shopId().equals(GmoPgNotifications.shopId(form))) {
            return Mono.error(refusals.forbidden(GmoPgNotifications.PROVIDER, "shop_id",
                    "ShopID is not the shop configured for this account"));
        }
        PspEvent event = GmoPgNotifications.read(form);
        if (event instanceof PspEvent.Ignored) {
            return received();
        }
        IncomingDelivery delivery = new IncomingDelivery(PspMount.GMO_PG, accountId, event.eventId(), event.kind(),
                "event", GmoPgForm.encode(form), clock.instant());
        return inbox.accept(delivery).then(received());
    }

    /** The charset the body is in, as its content type names it; refused naming the header when it is unreadable. */
    private static Charset charset(ServerRequest request) {
        try {
            Charset named = request.headers().contentType().map(MediaType::getCharset).orElse(null);
            return named != null ? named : GmoPgForm.DEFAULT_CHARSET;
        } catch (InvalidMediaTypeException | UnsupportedCharsetException e) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD,
                    List.of(new FieldError("Content-Type", "names no charset this server knows")));
        }
    }

    private static Mono<ServerResponse> received() {
        return ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).bodyValue(RECEIVED);
    }
}
