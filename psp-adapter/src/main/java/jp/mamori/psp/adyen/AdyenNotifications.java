package jp.mamori.psp.adyen;

import static jp.mamori.psp.PspJson.text;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.psp.PspEvent;
import jp.mamori.psp.PspEvent.Card;
import jp.mamori.psp.PspEvent.Payment;
import tools.jackson.databind.JsonNode;

/**
 * Reads an Adyen standard notification, {@code {"live": "false", "notificationItems": [{"NotificationRequestItem":
 * {…}}]}}, into its items, each with the fields its HMAC signs and what it means as a {@link PspEvent}. Items are
 * signed one by one, so each is checked and applied on its own.
 */
public final class AdyenNotifications {

    public static final String PROVIDER = "adyen";
    private static final int MAX_ITEMS = 1000;

    /** One item of the batch: what its HMAC covers, what it says, and the {@code NotificationRequestItem} as sent. */
    public record Item(AdyenNotificationItem signed, PspEvent event, JsonNode json) {
    }

    private AdyenNotifications() {
    }

    /** The items of {@code root}; a 400's errors, each naming its item, when the batch is not a notification. */
    public static List<Item> read(JsonNode root) {
        JsonNode items = root.path("notificationItems");
        if (!items.isArray() || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw invalid(List.of(new FieldError("notificationItems", "must be an array of 1 to " + MAX_ITEMS + " items")));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Item> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i).path("NotificationRequestItem");
            String path = "notificationItems[" + i + "].NotificationRequestItem";
            if (!item.isObject()) {
                errors.add(new FieldError(path, "is required and must be an object"));
                continue;
            }
            try {
                read.add(item(item));
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.add(new FieldError(path + "." + error.field(), error.detail())));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return read;
    }

    /**
     * One {@code NotificationRequestItem} object on its own: how a stored item is read again when it is applied. A
     * 400's error names {@code pspReference} or {@code eventCode} when the item lacks it.
     */
    public static Item item(JsonNode item) {
        AdyenNotificationItem signed = AdyenNotificationItem.of(item);
        if (signed.pspReference().isEmpty() || signed.eventCode().isEmpty()) {
            throw invalid(List.of(new FieldError(signed.pspReference().isEmpty() ? "pspReference" : "eventCode",
                    "is required and must be a string")));
        }
        return new Item(signed, event(signed, item), item);
    }

    /**
     * What one item means. Its event id is what Adyen names an event by ({@code pspReference}, {@code eventCode},
     * {@code success}): a redelivery has the same. A chargeback's {@code pspReference} is the dispute's own; the
     * payment's is its {@code originalReference}.
     */
    private static PspEvent event(AdyenNotificationItem signed, JsonNode item) {
        String eventId = signed.pspReference() + ":" + signed.eventCode() + ":" + signed.success();
        String orderId = blankToNull(signed.merchantReference());
        String reason = text(item, "reason");
        return switch (signed.eventCode()) {
            case "CHARGEBACK" -> new PspEvent.Chargeback(PROVIDER, eventId,
                    Payment.of(orderId, signed.originalReference()), reason,
                    ChargebackReasons.isFraud(text(item.path("additionalData"), "chargebackSchemeCode"),
                            text(item.path("additionalData"), "chargebackReasonCode"), reason));
            case "NOTIFICATION_OF_FRAUD" -> new PspEvent.FraudReported(PROVIDER, eventId,
                    Payment.of(orderId, signed.originalReference(), signed.pspReference()), reason);
            case "AUTHORISATION" -> "false".equals(signed.success())
                    ? declined(signed, item, eventId, orderId, reason)
                    : new PspEvent.Ignored(PROVIDER, eventId, "AUTHORISATION");
            default -> new PspEvent.Ignored(PROVIDER, eventId, signed.eventCode());
        };
    }

    private static PspEvent declined(AdyenNotificationItem signed, JsonNode item, String eventId, String orderId,
                                     String reason) {
        JsonNode data = item.path("additionalData");
        Card card = new Card(null, text(data, "cardBin"), text(data, "cardSummary"), text(data, "issuerCountry"));
        Long amount = signed.value().matches("\\d{1,18}") ? Long.valueOf(signed.value()) : null;
        return new PspEvent.Declined(PROVIDER, eventId, signed.pspReference(), Payment.of(orderId, signed.pspReference()),
                eventDate(item), card,
                amount, blankToNull(signed.currency()), reason);
    }

    private static Instant eventDate(JsonNode item) {
        String date = text(item, "eventDate");
        if (date == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static InvalidRequestException invalid(List<FieldError> errors) {
        return new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD, errors);
    }
}
