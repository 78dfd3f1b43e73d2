package jp.mamori.woocommerce;

import java.util.Objects;

/** A WooCommerce REST API key: consumer key ({@code ck_…}) and secret ({@code cs_…}). Never shown in a log line. */
public record ShopCredentials(String consumerKey, String consumerSecret) {

    public ShopCredentials {
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
    }

    @Override
    public String toString() {
        return "ShopCredentials[redacted]";
    }
}
