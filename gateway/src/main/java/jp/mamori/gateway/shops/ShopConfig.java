package jp.mamori.gateway.shops;

import java.util.List;
import java.util.Map;

/**
 * A connected shop as stored and shown, without its secrets. {@code onDecision} maps OK / REVIEW / NG
 * to {@code note}, {@code hold} or {@code cancel}.
 */
public record ShopConfig(
        String shop,
        String platform,
        String merchantId,
        String baseUrl,
        Map<String, String> onDecision,
        List<String> screenStatuses,
        List<String> paymentMethods,
        String notesLanguage) {
}
