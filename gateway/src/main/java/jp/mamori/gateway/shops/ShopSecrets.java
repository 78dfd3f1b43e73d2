package jp.mamori.gateway.shops;

import java.util.List;

/** What a shop must keep secret: its REST API key and the secrets its webhooks are signed with. */
public record ShopSecrets(String consumerKey, String consumerSecret, List<String> webhookSecrets) {

    @Override
    public String toString() {
        return "ShopSecrets[redacted]";
    }
}
