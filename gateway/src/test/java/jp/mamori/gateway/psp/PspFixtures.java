package jp.mamori.gateway.psp;

import java.time.Instant;

import jp.mamori.gateway.NewMerchant;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the PSP tests send: authorizations of Kyoto households, and Adyen notification items. */
final class PspFixtures {

    private PspFixtures() {
    }

    /** A household in Kyoto: whoever orders for it shares its name and address, which the negative list can hold. */
    record Household(String family, String given, String familyKana, String givenKana, String postalCode, String locality,
                     String line1) {
    }

    static final Household NISHIDA = new Household("西田", "遥", "ニシダ", "ハルカ", "604-8005", "京都市中京区",
            "河原町通三条上る恵比須町427");
    static final Household MORI = new Household("森", "裕貴", "モリ", "ユウキ", "606-8501", "京都市左京区",
            "吉田本町36-1");
    static final Household KUDO = new Household("工藤", "葵", "クドウ", "アオイ", "612-8431", "京都市伏見区",
            "深草越後屋敷町28");
    static final Household HONDA = new Household("本田", "美香", "ホンダ", "ミカ", "600-8216", "京都市下京区",
            "東塩小路町721-1");

    /**
     * An authorization, screened so that the engine's code runs warm before a test's first answer that must come
     * within the deadline; for a merchant of its own, so that it leaves nothing in the tests' merchants' state.
     */
    static void warmUp(WebTestClient client, NewMerchant merchant) {
        for (int i = 0; i < 3; i++) {
            client.post().uri("/v1/authorizations").header("Authorization", "Bearer " + merchant.apiKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(order(HONDA, "WARM-" + i, "ck_warm", "0000", "stripe", "pi_warm_" + i, "warm@example.jp",
                            "075-000-0000"))
                    .exchange().expectStatus().isOk();
        }
    }

    /**
     * An authorization of {@code household}'s order placed two seconds ago, with its device's cookie and the PSP's
     * reference, and the longest deadline there is: these tests are about what the screening decides, not about when.
     */
    static String order(Household household, String orderId, String cookie, String last4, String provider, String reference,
                        String email, String phone) {
        return """
                {"order_id": "%s", "ordered_at": "%s", "amount": {"value": 3000, "currency": "JPY"},
                 "buyer": {"name": {"family": "%s", "given": "%s", "family_kana": "%s", "given_kana": "%s"},
                           "email": "%s", "phone": "%s", "is_new_customer": false},
                 "billing_address": {"country": "JP", "postal_code": "%s", "region": "京都府",
                                     "locality": "%s", "line1": "%s", "line2": ""},
                 "items": [{"sku": "MATCHA-40G", "name": "抹茶 40g", "quantity": 1, "unit_price": 3000}],
                 "payment": {"method": "card", "card": {"bin": "520412", "last4": "%s", "issuer_country": "JP"},
                             "psp": {"provider": "%s", "reference": "%s"}},
                 "device": {"ip": "203.0.113.%d", "ip_country": "JP", "accept_language": "ja-JP,ja;q=0.9",
                            "timezone": "Asia/Tokyo", "cookie_id": "%s"},
                 "deadline_ms": 2000}
                """.formatted(orderId, Instant.now().minusSeconds(2), household.family(), household.given(),
                household.familyKana(), household.givenKana(), email, phone, household.postalCode(), household.locality(),
                household.line1(), last4, provider, reference, Math.floorMod(cookie.hashCode(), 200) + 1, cookie);
    }

    /** One signed {@code NotificationRequestItem} of merchant account KyotoTeaJP, dated 30 s ago. */
    static String adyenItem(String pspReference, String originalReference, String merchantReference, long value,
                                    String eventCode, String success, String key) {
        String hmac = ProviderSigning.adyen(key, pspReference, originalReference, "KyotoTeaJP", merchantReference, value,
                "JPY", eventCode, success);
        return ("{'NotificationRequestItem': {'additionalData': {'hmacSignature': '" + hmac + "', 'cardBin': '520412', "
                + "'cardSummary': '" + pspReference.substring(12) + "'}, 'amount': {'currency': 'JPY', 'value': " + value + "}, "
                + "'eventCode': '" + eventCode + "', 'eventDate': '" + Instant.now().minusSeconds(30) + "', 'merchantAccountCode': 'KyotoTeaJP', "
                + "'merchantReference': '" + merchantReference + "', 'originalReference': '" + originalReference + "', "
                + "'paymentMethod': 'mc', 'pspReference': '" + pspReference + "', 'reason': 'Refused', 'success': '" + success
                + "'}}").replace('\'', '"');
    }

}
