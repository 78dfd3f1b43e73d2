package jp.mamori.gateway.shops;

import java.util.Map;

import reactor.core.publisher.Mono;

/**
 * {@code GET /admin/shops/{shop}/doctor} for a platform other than WooCommerce: what Mamori finds when it
 * reaches the shop now, as a JSON object with at least {@code healthy} (true or false).
 */
public interface PlatformDoctor {

    /** The platform it diagnoses, as stored ({@code ec-cube}). */
    String platform();

    Mono<Map<String, Object>> diagnose(String shopId);
}
