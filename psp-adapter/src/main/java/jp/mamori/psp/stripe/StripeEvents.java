package jp.mamori.psp.stripe;

import static jp.mamori.psp.PspJson.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.psp.PspEvent;
import jp.mamori.psp.PspEvent.Card;
import jp.mamori.psp.PspEvent.Payment;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Stripe event (already verified by {@link StripeSignature}) into a {@link PspEvent}. Only the envelope is
 * required ({@code id}, {@code type}, {@code data.object}); a field Mamori uses but Stripe left out reads as null,
 * since Stripe adds and drops fields across API versions.
 */
public final class StripeEvents {

    public static final String PROVIDER = "stripe";
    
    private StripeEvents() {
    }

    /** The event in {@code root}, the JSON object Stripe sent; a 400's errors when its envelope is not an event's. */
    public static PspEvent read(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        String id = required(root, "id", errors);
        String type = required(root, "type", errors);
        JsonNode object = root.path("data").path("object");
        if (!object.isObject()) {
            errors.add(new FieldError("data.object", "is required and must be an object"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD, errors);
        }
        Instant created = root.path("created").canConvertToLong() ? Instant.ofEpochSecond(root.path("created").longValue()) : null;
        return switch (type) {
            case "charge.dispute.created" -> {
                String reason = text(object, "reason");
                yield new PspEvent.Chargeback(PROVIDER, id,
                        Payment.of(null, text(object, "payment_intent"), text(object, "charge")),
                        reason, "fraudulent".equals(reason));
            }
            case "radar.early_fraud_warning.created" -> new PspEvent.FraudReported(PROVIDER, id,
                    Payment.of(null, text(object, "payment_intent"), text(object, "charge")),
                    text(object, "fraud_type"));
            case "charge.failed" -> {
                JsonNode card = object.path("payment_method_details").path("card");
                String declineCode = text(object.path("outcome"), "reason");
                String charge = text(object, "id");
                yield new PspEvent.Declined(PROVIDER, id, charge != null ? charge : id,
                        Payment.of(orderId(object), text(object, "payment_intent"), charge),
                        created, card(card), amount(object), text(object, "currency"),
                        declineCode != null ? declineCode : text(object, "failure_code"));
            }
            case "payment_intent.payment_failed" -> {
                JsonNode error = object.path("last_payment_error");
                String declineCode = text(error, "decline_code");
                String charge = text(error, "charge");
                // The charge's own charge.failed tells of the same attempt; without a charge, this event is the only one.
                yield new PspEvent.Declined(PROVIDER, id, charge != null ? charge : id,
                        Payment.of(orderId(object), text(object, "id"), charge),
                        created, card(error.path("payment_method").path("card")), amount(object),
                        text(object, "currency"), declineCode != null ? declineCode : text(error, "code"));
            }
            default -> new PspEvent.Ignored(PROVIDER, id, type);
        };
    }


    private static Card card(JsonNode card) {
        return card.isObject() ? new Card(text(card, "fingerprint"), null, text(card, "last4"), text(card, "country")) : null;
    }

    private static String orderId(JsonNode object) {
        return text(object.path("metadata"), "order_id");
    }

    private static Long amount(JsonNode object) {
        JsonNode amount = object.path("amount");
        return amount.isIntegralNumber() && amount.canConvertToLong() ? amount.longValue() : null;
    }

    private static String required(JsonNode root, String field, List<FieldError> errors) {
        String value = text(root, field);
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required and must be a string"));
            return null;
        }
        return value;
    }

}
