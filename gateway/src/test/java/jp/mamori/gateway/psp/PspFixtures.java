package jp.mamori.gateway.psp;

import java.time.Instant;

/** What the PSP tests send: authorizations of one Kyoto buyer's household, and Adyen notification items. */
final class PspFixtures {

    private PspFixtures() {
    }

    /** An authorization of an order placed two seconds ago, with its device's cookie and the PSP's reference. */
    static String order(String orderId, String cookie, String last4, String provider, String reference,
                                String email, String phone) {
        return """
                {"order_id": "%s", "ordered_at": "%s", "amount": {"value": 3000, "currency": "JPY"},
                 "buyer": {"name": {"family": "西田", "given": "遥", "family_kana": "ニシダ", "given_kana": "ハルカ"},
                           "email": "%s", "phone": "%s", "is_new_customer": false},
                 "billing_address": {"country": "JP", "postal_code": "604-8005", "region": "京都府",
                                     "locality": "京都市中京区", "line1": "河原町通三条上る恵比須町427", "line2": ""},
                 "items": [{"sku": "MATCHA-40G", "name": "抹茶 40g", "quantity": 1, "unit_price": 3000}],
                 "payment": {"method": "card", "card": {"bin": "520412", "last4": "%s", "issuer_country": "JP"},
                             "psp": {"provider": "%s", "reference": "%s"}},
                 "device": {"ip": "203.0.113.%d", "ip_country": "JP", "accept_language": "ja-JP,ja;q=0.9",
                            "timezone": "Asia/Tokyo", "cookie_id": "%s"},
                 "deadline_ms": 2000}
                """.formatted(orderId, Instant.now().minusSeconds(2), email, phone, last4, provider, reference,
                Math.floorMod(cookie.hashCode(), 200) + 1, cookie);
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
