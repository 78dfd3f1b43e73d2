package jp.mamori.gateway;

/** Request bodies of real-looking Japanese orders, as a shop would send them. */
final class Orders {

    private Orders() {
    }

    /**
     * A full order. Phones (the buyer's and the recipient's), block number, card, device and IP vary with the
     * order id, as they do between real buyers, so that unrelated test orders never add up to a velocity limit.
     */
    static String order(String orderId, String email) {
        int n = Math.floorMod(orderId.hashCode(), 9000) + 1000;
        return """
                {
                  "order_id": "%s",
                  "amount": {"value": 12800, "currency": "JPY"},
                  "buyer": {
                    "name": {"family": "山田", "given": "太郎", "family_kana": "ヤマダ", "given_kana": "タロウ"},
                    "email": "%s",
                    "phone": "090-%04d-%04d",
                    "customer_id": "c-20931",
                    "is_new_customer": false
                  },
                  "billing_address": {
                    "country": "JP", "postal_code": "150-0001", "region": "東京都", "locality": "渋谷区",
                    "line1": "神宮前1丁目%d-3", "line2": "表参道ハイツ101"
                  },
                  "shipping": [{
                    "name": {"family": "山田", "given": "花子", "family_kana": "ヤマダ", "given_kana": "ハナコ"},
                    "phone": "06-6345-%04d",
                    "address": {"country": "JP", "postal_code": "530-0001", "region": "大阪府", "locality": "大阪市北区",
                                "line1": "梅田3丁目1-%d", "line2": ""}
                  }],
                  "items": [{"sku": "TEA-UJI-100", "name": "宇治抹茶 100g", "quantity": 2, "unit_price": 6400,
                             "first_purchase_only": false}],
                  "payment": {"method": "card", "card": {"bin": "411111", "last4": "1111", "fingerprint": "fp_%d",
                              "issuer_country": "JP"}, "three_ds": {"trans_status": "Y", "eci": "05"}},
                  "device": {"ip": "203.0.%d.%d", "ip_country": "JP",
                             "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
                             "accept_language": "ja-JP,ja;q=0.9", "timezone": "Asia/Tokyo", "cookie_id": "ck_%d"},
                  "affiliate": {"id": "aff-0042"}
                }
                """.formatted(orderId, email, n, (n * 7919) % 10000, n % 30 + 1, (n * 31) % 10000, n % 29 + 1, n, n % 200, n % 250, n);
    }

    /** {@link #order} placed from {@code ip}, without the caller naming the address's country. */
    static String orderFrom(String orderId, String email, String ip) {
        String order = order(orderId, email);
        String device = order.substring(order.indexOf("\"device\": {\"ip\": \""), order.indexOf("\"user_agent\""));
        return order.replace(device, "\"device\": {\"ip\": \"" + ip + "\",\n                             ");
    }

    /** A minimal order placed at {@code orderedAt} (RFC 3339). */
    static String minimal(String orderId, String email, String orderedAt) {
        return """
                {"order_id": "%s", "ordered_at": "%s", "amount": {"value": 3980, "currency": "JPY"},
                 "buyer": {"email": "%s"}}
                """.formatted(orderId, orderedAt, email);
    }

    /** 佐藤 健二's order of the shop's trial set, sold once per customer, placed at {@code orderedAt} (RFC 3339). */
    static String trialSet(String orderId, String email, String orderedAt) {
        return """
                {"order_id": "%s", "ordered_at": "%s", "amount": {"value": 500, "currency": "JPY"},
                 "buyer": {"name": {"family": "佐藤", "given": "健二", "family_kana": "サトウ", "given_kana": "ケンジ"},
                           "email": "%s", "phone": "080-4417-2290", "is_new_customer": true},
                 "billing_address": {"country": "JP", "postal_code": "171-0022", "region": "東京都", "locality": "豊島区",
                                     "line1": "南池袋2-27-9", "line2": "サンライズ池袋302"},
                 "items": [{"sku": "TRIAL-SENCHA-01", "name": "初回限定 深蒸し煎茶お試しセット", "quantity": 1, "unit_price": 500,
                            "first_purchase_only": true}],
                 "payment": {"method": "konbini"}}
                """.formatted(orderId, orderedAt, email);
    }
}
