package jp.mamori.engine.normalize;

/**
 * A phone number as typed, in E.164 when it could be parsed ({@code +819012345678}), with its type.
 * {@code valid} is false for numbers the numbering plan does not allow; {@code dummy} marks numbers people
 * type to get past a form (0000-0000, 090-1234-5678).
 */
public record PhoneNumber(String original, String e164, PhoneType type, boolean valid, boolean dummy) {

    /** What identifies the line: E.164, or the digits typed when the number could not be parsed. */
    public String matchingForm() {
        return e164;
    }
}
