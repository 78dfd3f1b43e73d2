package jp.mamori.psp.adyen;

import tools.jackson.databind.JsonNode;

/**
 * The fields of one {@code NotificationRequestItem} of an Adyen standard notification that its HMAC signs, and the
 * signature it carries ({@code additionalData.hmacSignature}). A field the item lacks is the empty string, as in the
 * string Adyen signs.
 *
 * @param value the amount in minor units as Adyen wrote it (a number, or a string such as {@code "0"})
 * @param success {@code "true"} or {@code "false"}: Adyen sends it as a string
 */
public record AdyenNotificationItem(String pspReference, String originalReference, String merchantAccountCode,
                                    String merchantReference, String value, String currency, String eventCode,
                                    String success, String hmacSignature) {

    /** The item as read from the {@code NotificationRequestItem} object. */
    public static AdyenNotificationItem of(JsonNode item) {
        JsonNode amount = item.path("amount");
        return new AdyenNotificationItem(text(item, "pspReference"), text(item, "originalReference"),
                text(item, "merchantAccountCode"), text(item, "merchantReference"), text(amount, "value"),
                text(amount, "currency"), text(item, "eventCode"), text(item, "success"),
                text(item.path("additionalData"), "hmacSignature"));
    }

    /**
     * What Adyen signs: the eight fields joined by colons, none escaped (a colon inside a merchant reference stays as
     * it is; Adyen's own libraries verify such items unescaped).
     */
    public String signedString() {
        return String.join(":", pspReference, originalReference, merchantAccountCode, merchantReference, value,
                currency, eventCode, success);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : "";
    }
}
