package jp.mamori.woocommerce;

import jp.mamori.connector.ScreeningPort;

/**
 * A connected shop as the gateway keeps it for the shop's lifetime: its settings, its verifier and
 * translator (each holds a JSON mapper whose caches must stay warm: built per request they would
 * cost more than the rest of the request), the client that reaches it (so its circuit breaker
 * remembers), and where its orders are screened (its merchant).
 */
public record WooShop(ShopSettings settings, WooWebhookVerifier verifier, WooOrderTranslator translator,
                      WooCommerceClient client, ScreeningPort screening) {
}
