package jp.mamori.engine.internal;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each merchant's latest declined payment was: declines are counted per device, IP address, email, card and
 * BIN under keys of their own, and a merchant with no decline since a window's start has none of them to count.
 * Most merchants of a gateway see no decline in an hour, and each of those keys is a look-up that misses in a
 * table far larger than the caches. Shared by all of an engine's card-testing memories. Thread-safe.
 */
public final class LatestDeclines {

    private final ConcurrentHashMap<String, Instant> latest = new ConcurrentHashMap<>();

    /** Notes a decline of {@code merchantId} at {@code at}, in any order. */
    public void add(String merchantId, Instant at) {
        latest.merge(merchantId, at, (known, added) -> added.isAfter(known) ? added : known);
    }

    /** Whether {@code merchantId} had a decline after {@code fromExclusive}; false means none to count. */
    public boolean anyAfter(String merchantId, Instant fromExclusive) {
        Instant at = latest.get(merchantId);
        return at != null && at.isAfter(fromExclusive);
    }
}
