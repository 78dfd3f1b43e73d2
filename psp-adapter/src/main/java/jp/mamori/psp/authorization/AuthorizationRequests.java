package jp.mamori.psp.authorization;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.psp.authorization.AuthorizationRequest.PspReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@code POST /v1/authorizations}: a screening request as {@code /v1/screenings} takes it, plus {@code
 * deadline_ms}, {@code payment.psp} and, from a partner, {@code merchant_id}. Those are taken out before the rest is
 * read as a screening, so the screening's own checks never see them: above all the card-number guard, which an Adyen
 * {@code pspReference} (16 digits, passing Luhn one time in ten) or a GMO-PG id would trip. Every problem, of either
 * part, is reported at once.
 */
public final class AuthorizationRequests {

    public static final Duration DEFAULT_DEADLINE = Duration.ofMillis(200);
    public static final int MAX_DEADLINE_MS = 2_000;
    private static final int MAX_REFERENCE = 255;
    private static final int MAX_PROVIDER = 32;
    private static final int MAX_MERCHANT_ID = 64;

    private final ScreeningJson json;

    public AuthorizationRequests(ScreeningJson json) {
        this.json = json;
    }

    public AuthorizationRequest read(byte[] body) {
        ObjectNode root = (ObjectNode) json.readObject(body);
        List<FieldError> errors = new ArrayList<>();
        Duration deadline = deadline(root.remove("deadline_ms"), errors);
        String merchantId = merchantId(root.remove("merchant_id"), errors);
        PspReference psp = root.path("payment") instanceof ObjectNode payment ? psp(payment.remove("psp"), errors) : null;
        ScreeningRequest screening = null;
        try {
            screening = json.readRequest(root);
        } catch (InvalidRequestException e) {
            if (e.kind() != InvalidRequestException.Kind.INVALID_FIELD) {
                throw e;
            }
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD, errors);
        }
        return new AuthorizationRequest(screening, deadline, psp, merchantId);
    }

    private static Duration deadline(JsonNode value, List<FieldError> errors) {
        if (value == null || value.isNull()) {
            return DEFAULT_DEADLINE;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1 || value.intValue() > MAX_DEADLINE_MS) {
            errors.add(new FieldError("deadline_ms", "must be a whole number of milliseconds from 1 to " + MAX_DEADLINE_MS));
            return DEFAULT_DEADLINE;
        }
        return Duration.ofMillis(value.intValue());
    }

    private static String merchantId(JsonNode value, List<FieldError> errors) {
        if (value == null || value.isNull()) {
            return null;
        }
        String id = text(value);
        if (id == null || id.length() > MAX_MERCHANT_ID) {
            errors.add(new FieldError("merchant_id", "must be a merchant id of 1 to " + MAX_MERCHANT_ID + " characters"));
        }
        return id;
    }

    private static PspReference psp(JsonNode value, List<FieldError> errors) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            errors.add(new FieldError("payment.psp", "must be an object"));
            return null;
        }
        String provider = text(value.path("provider"));
        String reference = text(value.path("reference"));
        if (provider == null || provider.length() > MAX_PROVIDER || !provider.matches("[a-z0-9-]+")) {
            errors.add(new FieldError("payment.psp.provider",
                    "is required: the provider's name in lowercase, such as stripe, adyen or gmo-pg"));
        }
        if (reference == null || reference.length() > MAX_REFERENCE) {
            errors.add(new FieldError("payment.psp.reference", "is required: 1 to " + MAX_REFERENCE + " characters"));
        }
        for (String field : value.propertyNames()) {
            if (!field.equals("provider") && !field.equals("reference")) {
                errors.add(new FieldError("payment.psp." + field, "is not a known field"));
            }
        }
        return new PspReference(provider, reference);
    }

    private static String text(JsonNode value) {
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }
}
