package jp.mamori.woocommerce;

import jp.mamori.connector.ScreeningPort;

/**
 * A connected shop as the worker needs it: its settings, the client that reaches it (kept for the
 * shop's lifetime, so its circuit breaker remembers), and where its orders are screened (its merchant).
 */
public record WooShop(ShopSettings settings, WooCommerceClient client, ScreeningPort screening) {
}
