package jp.mamori.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The few small JSON answers webhooks get, written out once and handed to the connection as they are. A
 * webhook endpoint answers thousands of times a second in a shop's sale; having Spring encode a map each
 * time cost more than storing the delivery did.
 */
public final class WebhookAnswer {

    private static final Map<String, byte[]> RESULTS = Map.of(
            "stored", json("stored"), "duplicate", json("duplicate"), "ping", json("ping"), "ignored", json("ignored"));

    private WebhookAnswer() {
    }

    /** 200 with {@code {"result": result}}; {@code result} is one of stored, duplicate, ping, ignored. */
    public static Mono<ServerResponse> result(String result) {
        byte[] body = RESULTS.get(result);
        if (body == null) {
            throw new IllegalArgumentException("no webhook answer " + result);
        }
        return ok(body);
    }

    /** 200 with the result of a batch of deliveries and how many of them were new. */
    public static Mono<ServerResponse> batch(long stored, long duplicates) {
        String body = "{\"result\":\"" + (stored > 0 ? "stored" : "duplicate") + "\",\"stored\":" + stored
                + ",\"duplicates\":" + duplicates + "}";
        return ok(body.getBytes(StandardCharsets.US_ASCII));
    }

    private static Mono<ServerResponse> ok(byte[] body) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).contentLength(body.length)
                .body((response, context) -> response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body))));
    }

    private static byte[] json(String result) {
        return ("{\"result\":\"" + result + "\"}").getBytes(StandardCharsets.US_ASCII);
    }
}
