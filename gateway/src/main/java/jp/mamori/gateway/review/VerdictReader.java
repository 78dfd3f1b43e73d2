package jp.mamori.gateway.review;

import java.time.Clock;
import java.time.Instant;

import jp.mamori.connector.ScreeningJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Reads the bodies of a review and a feedback; a bad field is a 400 that names it, never its value. */
@Component
public class VerdictReader {

    /** Notes are for a clerk's few sentences, not for pasting the order into. */
    public static final int MAX_NOTE = 1000;

    /** A review as sent, before it is stored; {@code listedUntil} ends the negative listing of an NG, null for never. */
    public record ReviewInput(Resolution resolution, String note, Instant listedUntil) {
    }

    /** A feedback as sent, before it is stored; {@code listedUntil} ends the negative listing of a fraud, null for never. */
    public record FeedbackInput(FeedbackType type, String note, Instant listedUntil) {
    }

    private final ScreeningJson json;
    private final Clock clock;

    public VerdictReader(ScreeningJson json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public ReviewInput review(byte[] body) {
        JsonNode root = json.readObject(body);
        String resolution = requiredString(root, "resolution", "must be one of OK, NG, HOLD");
        Resolution parsed = switch (resolution) {
            case "OK" -> Resolution.OK;
            case "NG" -> Resolution.NG;
            case "HOLD" -> Resolution.HOLD;
            default -> throw InvalidInput.of("resolution", "must be one of OK, NG, HOLD");
        };
        return new ReviewInput(parsed, note(root), listedUntil(root, parsed == Resolution.NG, "only an NG lists the order"));
    }

    public FeedbackInput feedback(byte[] body) {
        JsonNode root = json.readObject(body);
        String detail = "must be one of chargeback, fraud_confirmed, legit_confirmed";
        FeedbackType type = FeedbackType.fromMerchant(requiredString(root, "type", detail))
                .orElseThrow(() -> InvalidInput.of("type", detail));
        return new FeedbackInput(type, note(root), listedUntil(root, type.confirmsFraud(), "only a fraud lists the order"));
    }

    private static String requiredString(JsonNode root, String field, String detail) {
        JsonNode value = root.get(field);
        if (value == null || !value.isString()) {
            throw InvalidInput.of(field, detail);
        }
        return value.stringValue();
    }

    /** When the listing this verdict makes ends, or null for a listing that stays until the merchant lifts it. */
    private Instant listedUntil(JsonNode root, boolean lists, String notListing) {
        JsonNode value = root.get("listed_until");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!lists) {
            throw InvalidInput.of("listed_until", "is for a listing: " + notListing);
        }
        if (!value.isString()) {
            throw InvalidInput.of("listed_until", ListedUntil.DETAIL);
        }
        return ListedUntil.parse(value.stringValue(), clock.instant())
                .orElseThrow(() -> InvalidInput.of("listed_until", ListedUntil.DETAIL));
    }

    /** The note, or null when absent or blank; counted in code points, as the database counts characters. */
    private static String note(JsonNode root) {
        JsonNode value = root.get("note");
        if (value == null || value.isNull()) {
            return null;
        }
        String detail = "must be a string of at most " + MAX_NOTE + " characters";
        if (!value.isString()) {
            throw InvalidInput.of("note", detail);
        }
        String note = value.stringValue().strip();
        if (note.codePointCount(0, note.length()) > MAX_NOTE) {
            throw InvalidInput.of("note", detail);
        }
        return note.isEmpty() ? null : note;
    }
}
