package jp.mamori.connector;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.mamori.connector.internal.AffiliateIdentityReader;
import jp.mamori.connector.internal.CardNumberGuard;
import jp.mamori.connector.internal.ScreeningRequestReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire form of screenings: JSON in snake_case. Reading validates every field and refuses card
 * numbers before anything else sees the request; errors name fields, never values.
 */
public final class ScreeningJson {

    /** How far in the future {@code ordered_at} may lie, for clocks that drift. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final JsonMapper mapper;
    private final ScreeningRequestReader reader;
    private final CardNumberGuard cardGuard;

    public ScreeningJson(Clock clock) {
        this.mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        this.reader = new ScreeningRequestReader(clock, FUTURE_TOLERANCE);
        // SKUs come from the shop's catalogue, never from the buyer, and one 13-digit JAN code in
        // ten also passes Luhn: guarding them would refuse real orders.
        this.cardGuard = new CardNumberGuard(Set.of("items[].sku"));
    }

    /** Parses and validates a request body. */
    public ScreeningRequest readRequest(byte[] body) {
        return readRequest(readObject(body));
    }

    /**
     * Validates a request an adapter built, exactly as if it had come as JSON to the public API, without
     * writing it out and parsing it back.
     */
    public ScreeningRequest validate(ScreeningRequest draft) {
        return readRequest((JsonNode) mapper.valueToTree(draft));
    }

    /**
     * Parses and validates an affiliate's registration: {@code name}, {@code email}, {@code phone} and {@code address}
     * in the shapes of a screening's buyer and billing address, at least one of email, phone and address given.
     */
    public AffiliateIdentity readAffiliateIdentity(byte[] body) {
        JsonNode root = readObject(body);
        refuseCardNumbers(root);
        List<FieldError> errors = new ArrayList<>();
        AffiliateIdentity identity = AffiliateIdentityReader.read(root, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD, errors);
        }
        return identity;
    }

    private void refuseCardNumbers(JsonNode root) {
        List<String> cardFields = cardGuard.suspiciousPaths(root);
        if (!cardFields.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.CARD_NUMBER, cardFields.stream()
                    .map(path -> new FieldError(path,
                            "looks like a full card number; send only payment.card.bin and payment.card.last4"))
                    .toList());
        }
    }

    /**
     * Validates a request already parsed (by {@link #readObject}), for an API that wraps a screening request in a
     * body of its own and takes its own fields out first.
     */
    public ScreeningRequest readRequest(JsonNode root) {
        refuseCardNumbers(root);
        List<FieldError> errors = new ArrayList<>();
        ScreeningRequest request = reader.read(root, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD, errors);
        }
        return request;
    }

    /** The JSON object in {@code body}, or an error that says where the JSON broke (never what it held). */
    public JsonNode readObject(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw malformed("the body is not valid JSON" + where);
        }
        if (root == null || !root.isObject()) {
            throw malformed("the body must be a JSON object");
        }
        return root;
    }

    private static InvalidRequestException malformed(String detail) {
        return new InvalidRequestException(InvalidRequestException.Kind.MALFORMED_JSON, List.of(new FieldError("", detail)));
    }

    /** The answer's JSON. */
    public byte[] writeResult(ScreeningResult result) {
        return mapper.writeValueAsBytes(result);
    }

    /** Any value in Mamori's wire style (snake_case, ISO-8601 times). */
    public byte[] write(Object value) {
        return mapper.writeValueAsBytes(value);
    }

    /** Reads a value written by {@link #write}. */
    public <T> T read(byte[] json, Class<T> type) {
        return mapper.readValue(json, type);
    }
}
