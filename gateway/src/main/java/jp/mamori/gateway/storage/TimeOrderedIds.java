package jp.mamori.gateway.storage;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Ids of rows written on the hot paths (deliveries, screenings): a prefix, the time in milliseconds and 80
 * random bits, in hex, 32 digits as a UUID has. Ids made later sort later, so the rows of one commit share the
 * last pages of every index that leads with the id, and a commit writes a few pages instead of one page per
 * row: a durable commit costs what it writes. The random part keeps ids unguessable and unique across restarts.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private TimeOrderedIds() {
    }

    public static String next(String prefix, Instant at) {
        return prefix + HEX.toHexDigits(at.toEpochMilli()).substring(4) + HEX.toHexDigits(RANDOM.nextLong())
                + HEX.toHexDigits((short) RANDOM.nextInt());
    }
}
