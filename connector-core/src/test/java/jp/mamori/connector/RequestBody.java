package jp.mamori.connector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A complete, valid screening request as a Japanese shop sends it, edited field by field for a test. */
final class RequestBody {

    /** The clock the bodies are written against: 2026-11-25 12:10 in Tokyo, six minutes after the order. */
    static final String NOW = "2026-11-25T03:10:00Z";

    static final String COMPLETE = """
            {
              "order_id": "WC-2026-000123",
              "ordered_at": "2026-11-25T12:04:05+09:00",
              "amount": {"value": 12800, "currency": "JPY"},
              "buyer": {
                "name": {"family": "山田", "given": "太郎", "family_kana": "ヤマダ", "given_kana": "タロウ"},
                "email": "taro.yamada@example.co.jp",
                "phone": "090-1234-5678",
                "customer_id": "cust-4821",
                "is_new_customer": false
              },
              "billing_address": {
                "country": "JP",
                "postal_code": "150-0001",
                "region": "東京都",
                "locality": "渋谷区",
                "line1": "神宮前１丁目２－３",
                "line2": "原宿ハイツ１０１号室"
              },
              "shipping": [{
                "name": {"family": "佐藤", "given": "花子", "family_kana": "サトウ", "given_kana": "ハナコ"},
                "phone": "06-6345-0001",
                "address": {
                  "country": "JP",
                  "postal_code": "〒530-0001",
                  "region": "大阪府",
                  "locality": "大阪市北区",
                  "line1": "梅田３丁目１－１",
                  "line2": "グランフロント大阪　タワーＡ　１２Ｆ"
                }
              }],
              "items": [
                {"sku": "TEA-SENCHA-100", "name": "静岡産 深蒸し煎茶 100g", "quantity": 2, "unit_price": 1600,
                 "first_purchase_only": false},
                {"sku": "TRIAL-SET-01", "name": "【初回限定】お試しセット", "quantity": 1, "unit_price": 9600,
                 "first_purchase_only": true}
              ],
              "payment": {
                "method": "card",
                "card": {"bin": "353011", "last4": "0000", "fingerprint": "fp_9XkQ2wLm", "issuer_country": "JP",
                         "cvc_result": "match", "avs_result": "not_checked"},
                "three_ds": {"trans_status": "Y", "eci": "05"}
              },
              "device": {
                "ip": "203.0.113.45",
                "ip_country": "JP",
                "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15",
                "accept_language": "ja-JP,ja;q=0.9",
                "timezone": "Asia/Tokyo",
                "cookie_id": "ck_7f3a9c2e"
              },
              "affiliate": {"id": "a8-00123"}
            }
            """;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern ELEMENT = Pattern.compile("(\\w+)\\[(\\d+)]");

    private final ObjectNode root;

    private RequestBody(ObjectNode root) {
        this.root = root;
    }

    static RequestBody complete() {
        return new RequestBody((ObjectNode) MAPPER.readTree(COMPLETE));
    }

    /** Sets the field at {@code path} ({@code items[1].quantity}) to the JSON {@code json}. */
    RequestBody set(String path, String json) {
        parentOf(path).set(nameOf(path), MAPPER.readTree(json));
        return this;
    }

    RequestBody remove(String path) {
        parentOf(path).remove(nameOf(path));
        return this;
    }

    byte[] bytes() {
        return MAPPER.writeValueAsBytes(root);
    }

    private ObjectNode parentOf(String path) {
        String[] steps = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            Matcher element = ELEMENT.matcher(steps[i]);
            node = element.matches()
                    ? node.get(element.group(1)).get(Integer.parseInt(element.group(2)))
                    : node.get(steps[i]);
        }
        return (ObjectNode) node;
    }

    private static String nameOf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
