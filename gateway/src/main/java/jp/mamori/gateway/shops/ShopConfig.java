package jp.mamori.gateway.shops;

import java.util.List;
import java.util.Map;

/**
 * A connected shop as stored and shown, without its secrets. {@code onDecision} maps OK / REVIEW / NG
 * to {@code note}, {@code hold} or {@code cancel}; {@code http} overrides how hard Mamori tries to
 * reach the shop (null: the defaults). {@code adminRoute} is an EC-CUBE shop's admin path, where its
 * OAuth authorize page is (null for other platforms).
 */
public record ShopConfig(
        String shop,
        String platform,
        String merchantId,
        String baseUrl,
        Map<String, String> onDecision,
        List<String> screenStatuses,
        List<String> paymentMethods,
        String notesLanguage,
        Http http,
        String adminRoute) {

    /** A shop of a platform without an admin route (WooCommerce). */
    public ShopConfig(String shop, String platform, String merchantId, String baseUrl, Map<String, String> onDecision,
                      List<String> screenStatuses, List<String> paymentMethods, String notesLanguage, Http http) {
        this(shop, platform, merchantId, baseUrl, onDecision, screenStatuses, paymentMethods, notesLanguage, http, null);
    }

    /**
     * Overrides of the shop's HTTP policy; null fields keep the default.
     *
     * @param timeoutMs         read timeout of one call to the shop
     * @param maxAttempts       attempts of one call before the delivery waits for the inbox's next retry
     * @param initialBackoffMs  the first wait between attempts; it doubles with jitter
     * @param breakerOpenForMs  how long calls are refused after the shop failed too often
     */
    public record Http(Integer timeoutMs, Integer maxAttempts, Integer initialBackoffMs, Integer breakerOpenForMs) {
    }
}
