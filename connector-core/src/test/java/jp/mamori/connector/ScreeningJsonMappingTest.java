package jp.mamori.connector;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningJsonMappingTest {

    private static final Instant NOW = Instant.parse(RequestBody.NOW);
    private final ScreeningJson json = new ScreeningJson(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void mapsEveryFieldOfACompleteRequest() {
        ScreeningRequest request = json.readRequest(RequestBody.COMPLETE.getBytes(UTF_8));

        assertThat(request).isEqualTo(new ScreeningRequest(
                "WC-2026-000123",
                Instant.parse("2026-11-25T03:04:05Z"),
                new Money(new BigDecimal("12800"), "JPY"),
                new Buyer(new PersonName("山田", "太郎", "ヤマダ", "タロウ"),
                        "taro.yamada@example.co.jp", "090-1234-5678", "cust-4821", false),
                new Address("JP", "150-0001", "東京都", "渋谷区", "神宮前１丁目２－３", "原宿ハイツ１０１号室"),
                List.of(new Shipment(new PersonName("佐藤", "花子", "サトウ", "ハナコ"), "06-6345-0001",
                        new Address("JP", "〒530-0001", "大阪府", "大阪市北区", "梅田３丁目１－１",
                                "グランフロント大阪　タワーＡ　１２Ｆ"))),
                List.of(new Item("TEA-SENCHA-100", "静岡産 深蒸し煎茶 100g", 2, new BigDecimal("1600"), false),
                        new Item("TRIAL-SET-01", "【初回限定】お試しセット", 1, new BigDecimal("9600"), true)),
                new Payment("card", new Card("353011", "0000", "fp_9XkQ2wLm", "JP", "match", "not_checked"),
                        new ThreeDs("Y", "05")),
                new Device("203.0.113.45", "JP",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15",
                        "ja-JP,ja;q=0.9", "Asia/Tokyo", "ck_7f3a9c2e"),
                new Affiliate("a8-00123")));
    }

    @Test
    void leavesOptionalPartsEmptyAndDatesAnUndatedOrderNow() {
        String minimal = """
                {"order_id": "EC-1001", "amount": {"value": 3300, "currency": "JPY"}}
                """;

        assertThat(json.readRequest(minimal.getBytes(UTF_8))).isEqualTo(new ScreeningRequest(
                "EC-1001", NOW, new Money(new BigDecimal("3300"), "JPY"),
                null, null, List.of(), List.of(), null, null, null));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "ordered_at              | '\"2026-11-25T12:15:00+09:00\"'",
            "ordered_at              | '\"2026-11-25T03:04:05Z\"'",
            "ordered_at              | '\"2019-04-30T23:59:59+09:00\"'",
            "amount.value            | 0",
            "amount.value            | 1234.5",
            "amount.currency         | '\"USD\"'",
            "items[0].quantity       | 1000000",
            "items[0].unit_price     | 0",
            "buyer.is_new_customer   | null",
            "buyer.email             | null",
            "billing_address.line2   | '\"\"'",
            "device.ip               | '\"2001:db8::1\"'",
            "device.ip               | '\"::ffff:203.0.113.45\"'",
            "device.ip               | '\"0.0.0.0\"'",
            "device.timezone         | '\"America/Los_Angeles\"'",
            "payment.card.bin        | '\"35301113\"'",
            "payment.three_ds.trans_status | '\"C\"'",
            "payment.card.cvc_result | '\"mismatch\"'",
            "payment.card.avs_result | '\"match\"'",
            "payment.card.avs_result | null",
            "shipping                | []",
    })
    void acceptsValuesAtTheEdgesOfEachRule(String path, String value) {
        byte[] body = RequestBody.complete().set(path, value).bytes();

        assertThat(json.readRequest(body).orderId()).isEqualTo("WC-2026-000123");
    }
}
