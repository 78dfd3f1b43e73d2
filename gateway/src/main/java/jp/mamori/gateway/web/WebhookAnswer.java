package jp.mamori.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The few small JSON answers webhooks get, written out once. A webhook endpoint answers thousands of
 * times a second in a shop's sale; handing Spring a map to encode each time cost more than storing the
 * delivery did.
 */
public final class WebhookAnswer {

    private static final Map<String, byte[]> RESULTS = Map.of(
            "stored", json("stored"), "duplicate", json("duplicate"), "ping", json("ping"), "ignored", json("ignored"));

    private WebhookAnswer() {
    }

    /** 200 with {@code {"result": result}}; {@code result} is one of stored, duplicate, ping, ignored. */
    public static ResponseEntity<byte[]> result(String result) {
        byte[] body = RESULTS.get(result);
        if (body == null) {
            throw new IllegalArgumentException("no webhook answer " + result);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** 200 with the result of a batch of deliveries and how many of them were new. */
    public static ResponseEntity<byte[]> batch(long stored, long duplicates) {
        String body = "{\"result\":\"" + (stored > 0 ? "stored" : "duplicate") + "\",\"stored\":" + stored
                + ",\"duplicates\":" + duplicates + "}";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] json(String result) {
        return ("{\"result\":\"" + result + "\"}").getBytes(StandardCharsets.US_ASCII);
    }
}
