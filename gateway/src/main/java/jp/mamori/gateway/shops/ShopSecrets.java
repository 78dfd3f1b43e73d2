package jp.mamori.gateway.shops;

import java.util.List;

/**
 * What a shop must keep secret: the secrets its webhooks are signed with, and its platform credentials,
 * a WooCommerce REST API key ({@code consumerKey}, {@code consumerSecret}) or an EC-CUBE OAuth client
 * ({@code clientId}, {@code clientSecret}, and a {@code refreshToken} when one was obtained by hand).
 */
public record ShopSecrets(String consumerKey, String consumerSecret, List<String> webhookSecrets,
                          String clientId, String clientSecret, String refreshToken) {

    public ShopSecrets(String consumerKey, String consumerSecret, List<String> webhookSecrets) {
        this(consumerKey, consumerSecret, webhookSecrets, null, null, null);
    }

    @Override
    public String toString() {
        return "ShopSecrets[redacted]";
    }
}
