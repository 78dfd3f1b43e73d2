package jp.mamori.woocommerce;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code X-WC-Webhook-*} headers of one delivery, any of them absent ({@code null}). WooCommerce's
 * ping sends none of them.
 */
public record WooWebhookHeaders(String topic, String resource, String event, String signature, String webhookId,
        String deliveryId, String source) {

    /** Reads the headers from a name → value map; names are matched ignoring case, as HTTP requires. */
    public static WooWebhookHeaders from(Map<String, String> headers) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> byName.put(name, value == null ? null : value.trim()));
        return new WooWebhookHeaders(
                byName.get("X-WC-Webhook-Topic"),
                byName.get("X-WC-Webhook-Resource"),
                byName.get("X-WC-Webhook-Event"),
                byName.get("X-WC-Webhook-Signature"),
                byName.get("X-WC-Webhook-ID"),
                byName.get("X-WC-Webhook-Delivery-ID"),
                byName.get("X-WC-Webhook-Source"));
    }
}
