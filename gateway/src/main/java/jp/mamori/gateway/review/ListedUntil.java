package jp.mamori.gateway.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a negative listing ends: RFC 3339 with its offset, later than now. A lead that ages, such as a
 * reshipper's address or a device handed on, can be listed for a while instead of until the merchant lifts it.
 */
final class ListedUntil {

    static final String DETAIL = "must be a time in RFC 3339 with its offset, later than now";

    private ListedUntil() {
    }

    /** The end of a listing, or empty when {@code text} is not one. */
    static Optional<Instant> parse(String text, Instant now) {
        try {
            Instant until = OffsetDateTime.parse(text.strip()).toInstant();
            return until.isAfter(now) ? Optional.of(until) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
