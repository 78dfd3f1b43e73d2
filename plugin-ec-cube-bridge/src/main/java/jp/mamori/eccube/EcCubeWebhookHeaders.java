package jp.mamori.eccube;

import java.util.Map;
import java.util.TreeMap;

/**
 * The headers of one delivery from the EC-CUBE 4 Web API plugin (Api42), either of them absent
 * ({@code null}): {@code X-ECCUBE-Signature}, sent only when the webhook has a secret, and
 * {@code X-ECCUBE-URL}, the shop's top page as EC-CUBE itself sees it.
 */
public record EcCubeWebhookHeaders(String signature, String shopUrl) {

    /** Reads the headers from a name → value map; names are matched ignoring case, as HTTP requires. */
    public static EcCubeWebhookHeaders from(Map<String, String> headers) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> byName.put(name, value == null ? null : value.trim()));
        return new EcCubeWebhookHeaders(byName.get("X-ECCUBE-Signature"), byName.get("X-ECCUBE-URL"));
    }
}
