package jp.mamori.gateway.storage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions between Java time and the {@code TIMESTAMP WITH TIME ZONE} columns. */
public final class Rows {

    private Rows() {
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(Object column) {
        return column == null ? null : ((OffsetDateTime) column).toInstant();
    }
}
