package jp.mamori.woocommerce;

import java.util.List;
import java.util.Set;

/**
 * Where a shop keeps what WooCommerce itself has no field for. Japanese checkout plugins store
 * furigana as order meta under keys of their own choosing, so each kana list is tried in order and
 * the first non-blank value wins; {@code {address}} in a key stands for {@code billing} or {@code shipping}.
 * A line item is first-purchase-only (お一人様一回限り) when its meta {@code firstPurchaseOnlyKey} is
 * truthy ({@code yes}, {@code 1}, {@code true}) or its SKU is in {@code firstPurchaseOnlySkus}.
 */
public record OrderMetaKeys(List<String> familyKanaKeys, List<String> givenKanaKeys, String firstPurchaseOnlyKey,
        Set<String> firstPurchaseOnlySkus) {

    /** Device data a shop's Mamori snippet adds as order meta; WooCommerce only knows IP and user agent. */
    public static final String COOKIE_ID = "_mamori_cookie_id";
    public static final String TIMEZONE = "_mamori_timezone";
    public static final String ACCEPT_LANGUAGE = "_mamori_accept_language";
    public static final String IP_COUNTRY = "_mamori_ip_country";
    public static final String AFFILIATE_ID = "_mamori_affiliate_id";

    public OrderMetaKeys {
        familyKanaKeys = List.copyOf(familyKanaKeys);
        givenKanaKeys = List.copyOf(givenKanaKeys);
        firstPurchaseOnlySkus = Set.copyOf(firstPurchaseOnlySkus);
    }

    /**
     * The keys of the common Japanese checkout plugins: {@code yomigana} fields (stored with and without
     * the leading underscore WooCommerce adds to custom checkout fields) and {@code _kana} fields.
     */
    public static OrderMetaKeys defaults() {
        return new OrderMetaKeys(
                List.of("_{address}_yomigana_last_name", "{address}_yomigana_last_name",
                        "_{address}_last_name_kana", "{address}_last_name_kana"),
                List.of("_{address}_yomigana_first_name", "{address}_yomigana_first_name",
                        "_{address}_first_name_kana", "{address}_first_name_kana"),
                "_mamori_first_purchase_only",
                Set.of());
    }

    public OrderMetaKeys withFirstPurchaseOnlySkus(Set<String> skus) {
        return new OrderMetaKeys(familyKanaKeys, givenKanaKeys, firstPurchaseOnlyKey, skus);
    }

    public OrderMetaKeys withKanaKeys(List<String> family, List<String> given) {
        return new OrderMetaKeys(family, given, firstPurchaseOnlyKey, firstPurchaseOnlySkus);
    }
}
