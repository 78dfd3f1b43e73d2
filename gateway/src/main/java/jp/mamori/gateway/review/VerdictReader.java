package jp.mamori.gateway.review;

import jp.mamori.connector.ScreeningJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Reads the bodies of a review and a feedback; a bad field is a 400 that names it, never its value. */
@Component
public class VerdictReader {

    /** Notes are for a clerk's few sentences, not for pasting the order into. */
    static final int MAX_NOTE = 1000;

    /** A review as sent, before it is stored. */
    public record ReviewInput(Resolution resolution, String note) {
    }

    /** A feedback as sent, before it is stored. */
    public record FeedbackInput(FeedbackType type, String note) {
    }

    private final ScreeningJson json;

    public VerdictReader(ScreeningJson json) {
        this.json = json;
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
        return new ReviewInput(parsed, note(root));
    }

    public FeedbackInput feedback(byte[] body) {
        JsonNode root = json.readObject(body);
        String detail = "must be one of chargeback, fraud_confirmed, legit_confirmed";
        FeedbackType type = FeedbackType.fromLabel(requiredString(root, "type", detail))
                .orElseThrow(() -> InvalidInput.of("type", detail));
        return new FeedbackInput(type, note(root));
    }

    private static String requiredString(JsonNode root, String field, String detail) {
        JsonNode value = root.get(field);
        if (value == null || !value.isString()) {
            throw InvalidInput.of(field, detail);
        }
        return value.stringValue();
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
