package jp.mamori.gateway.review;

import java.time.Instant;

/**
 * A buyer with real-looking Japanese identities; {@link #order} writes one of their orders as a shop
 * sends it. Card, device and IP vary with the order id, as they do between one person's orders.
 */
record Buyer(String family, String given, String familyKana, String givenKana, String email, String phone,
             String postalCode, String region, String locality, String line1) {

    static final Buyer SATO = new Buyer("佐藤", "健二", "サトウ", "ケンジ", "kenji.sato.1984@docomo.ne.jp", "090-2718-3645",
            "160-0022", "東京都", "新宿区", "新宿3丁目14-1");
    static final Buyer TAKAHASHI = new Buyer("高橋", "翔", "タカハシ", "ショウ", "sho.takahashi@yahoo.co.jp", "070-3389-1452",
            "460-0008", "愛知県", "名古屋市中区", "栄3丁目5-12");
    static final Buyer TANAKA = new Buyer("田中", "陽子", "タナカ", "ヨウコ", "yoko.tanaka@softbank.ne.jp", "090-6612-4097",
            "812-0011", "福岡県", "福岡市博多区", "博多駅前2丁目1-1");
    static final Buyer ITO = new Buyer("伊藤", "大輔", "イトウ", "ダイスケ", "daisuke.ito@icloud.com", "080-4471-2290",
            "980-0021", "宮城県", "仙台市青葉区", "中央1丁目3-1");
    static final Buyer WATANABE = new Buyer("渡辺", "さくら", "ワタナベ", "サクラ", "sakura.watanabe@au.com", "090-1357-8642",
            "060-0005", "北海道", "札幌市中央区", "北五条西2丁目5");
    static final Buyer KOBAYASHI = new Buyer("小林", "直樹", "コバヤシ", "ナオキ", "naoki.kobayashi@gmail.com", "080-2964-5173",
            "330-0063", "埼玉県", "さいたま市浦和区", "高砂2丁目8-4");

    /** The same buyer writing from a disposable mailbox, which the default policy holds for review. */
    Buyer withEmail(String email) {
        return new Buyer(family, given, familyKana, givenKana, email, phone, postalCode, region, locality, line1);
    }

    /** One of their orders, placed at {@code orderedAt} and screened whenever the caller sends it. */
    String order(String orderId, Instant orderedAt) {
        return order(orderId).replaceFirst("\\{", "{\n  \"ordered_at\": \"" + orderedAt + "\",");
    }

    String order(String orderId) {
        int n = Math.floorMod(orderId.hashCode(), 9000) + 1000;
        return """
                {
                  "order_id": "%s",
                  "amount": {"value": 8640, "currency": "JPY"},
                  "buyer": {
                    "name": {"family": "%s", "given": "%s", "family_kana": "%s", "given_kana": "%s"},
                    "email": "%s",
                    "phone": "%s",
                    "is_new_customer": true
                  },
                  "billing_address": {"country": "JP", "postal_code": "%s", "region": "%s", "locality": "%s",
                                      "line1": "%s", "line2": ""},
                  "items": [{"sku": "SOBA-SHINSHU-6", "name": "信州そば 6人前", "quantity": 2, "unit_price": 4320,
                             "first_purchase_only": false}],
                  "payment": {"method": "card", "card": {"bin": "356600", "last4": "%04d", "fingerprint": "fp_%d",
                              "issuer_country": "JP"}, "three_ds": {"trans_status": "Y", "eci": "05"}},
                  "device": {"ip": "198.51.%d.%d", "ip_country": "JP",
                             "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
                             "accept_language": "ja-JP,ja;q=0.9", "timezone": "Asia/Tokyo", "cookie_id": "ck_%d"}
                }
                """.formatted(orderId, family, given, familyKana, givenKana, email, phone, postalCode, region, locality,
                line1, n, n, n % 200, n % 250, n);
    }
}
