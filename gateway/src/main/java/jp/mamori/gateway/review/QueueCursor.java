package jp.mamori.gateway.review;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of the review queue ended: the last screening's time and id. Pages follow each other
 * by this position rather than by an offset, so screenings arriving meanwhile never shift a page.
 * Opaque to clients: base64url of {@code screened_at|id}.
 */
public record QueueCursor(Instant screenedAt, String screeningId) {

    public String encode() {
        String plain = screenedAt + "|" + screeningId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code encoded}, or empty when it is not one this gateway wrote. */
    public static Optional<QueueCursor> decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            if (bar < 0 || !plain.startsWith("scr_", bar + 1)) {
                return Optional.empty();
            }
            return Optional.of(new QueueCursor(Instant.parse(plain.substring(0, bar)), plain.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
