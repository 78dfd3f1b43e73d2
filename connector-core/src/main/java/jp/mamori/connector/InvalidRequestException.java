package jp.mamori.connector;

import java.util.List;

/** A request that cannot be screened as sent. The message and errors never carry the offending values. */
public final class InvalidRequestException extends RuntimeException {

    /** Why the request was refused; each kind has its own stable problem type at the HTTP edge. */
    public enum Kind {
        /** The body is not JSON, or not a JSON object. */
        MALFORMED_JSON,
        /** A field is missing, of the wrong type, or out of range. */
        INVALID_FIELD,
        /** A field looks like a full card number (PAN), which Mamori never accepts. */
        CARD_NUMBER
    }

    private final Kind kind;
    private final List<FieldError> errors;

    public InvalidRequestException(Kind kind, List<FieldError> errors) {
        super(kind + ": " + errors, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
