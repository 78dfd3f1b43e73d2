package jp.mamori.engine.state;

import java.time.Duration;
import java.time.Instant;

import jp.mamori.engine.state.internal.EventTable;

/**
 * Velocity in this process's memory, in primitive arrays (see {@link EventTable} for the layout): per key a
 * 96-bit fingerprint of it instead of the string, and its event times in epoch milliseconds, inline when there
 * is one and in a {@code long[]} of the key's own when there are more; for distinct counts, a time and a
 * 64-bit fingerprint of the member per event. Measured on thirty days of a 2,000-merchant gateway
 * ({@code docs/engine-state.md}): 320 to 360 bytes per stored screening, which writes about eleven events,
 * 35 to 39 bytes per event, 42 to 53 bytes per key (a map of strings to objects took 1.6 to 1.9 KB).
 *
 * <p>What is kept:
 * <ul>
 *   <li>Events older than {@code retention} before the newest event of a key are dropped when that key is
 *       next written; keys whose newest event is older than {@code retention} before the newest the store
 *       has seen are dropped as the table makes room. Memory follows the traffic of the retention window,
 *       not all of history. (A window that reaches further back than that can come up short.)</li>
 *   <li>A key keeps at most its newest {@value #MAX_EVENTS} events and {@value #MAX_MEMBER_EVENTS} member
 *       events, so one device hammering the shop cannot grow without bound: counts read exact up to there,
 *       far above any limit a policy sets.</li>
 *   <li>The whole store stays under {@code maxBytes} as counted by {@link #bytes()} (by default half
 *       of the maximum heap): when a write would go beyond, the keys idle longest (oldest newest event) are
 *       forgotten first, a quarter of a segment's share at a time, and {@link #evictedKeys()} counts them.
 *       A forgotten key counts from zero again: the bound gives up history of the idlest identities,
 *       never the ability to take new orders.</li>
 * </ul>
 * Events may arrive out of order (history replay), and are kept sorted. Thread-safe.
 */
public final class InMemoryVelocityStore implements VelocityStore {

    /** Far above any order limit a policy sets; only the count above the limit matters. */
    static final int MAX_EVENTS = 16_384;
    /** Far above any distinct limit a policy sets; only the count above the limit matters. */
    static final int MAX_MEMBER_EVENTS = 4096;
    /** Share of the bound for member events: about their share of the memory on realistic traffic. */
    private static final double MEMBER_SHARE = 0.2;

    private final EventTable events;
    private final EventTable members;

    /** A store bounded by half of the maximum heap. */
    public InMemoryVelocityStore(Duration retention) {
        this(retention, Runtime.getRuntime().maxMemory() / 2);
    }

    /** A store that keeps to {@code maxBytes} (at least 1 MiB). */
    public InMemoryVelocityStore(Duration retention, long maxBytes) {
        if (maxBytes < 1 << 20) {
            throw new IllegalArgumentException("a velocity store needs at least 1 MiB, not " + maxBytes + " bytes");
        }
        long memberBytes = (long) (maxBytes * MEMBER_SHARE);
        this.events = new EventTable(retention.toMillis(), MAX_EVENTS, false, maxBytes - memberBytes);
        this.members = new EventTable(retention.toMillis(), MAX_MEMBER_EVENTS, true, memberBytes);
    }

    @Override
    public void add(String key, Instant at) {
        events.add(key, at.toEpochMilli(), 0);
    }

    @Override
    public int count(String key, Instant from, Instant to) {
        return events.count(key, from.toEpochMilli(), to.toEpochMilli());
    }

    @Override
    public int[] count(String key, Instant[] froms, Instant to) {
        long[] fromMillis = new long[froms.length];
        for (int i = 0; i < froms.length; i++) {
            fromMillis[i] = froms[i].toEpochMilli();
        }
        return events.count(key, fromMillis, to.toEpochMilli());
    }

    @Override
    public void addDistinct(String key, String member, Instant at) {
        members.add(key, at.toEpochMilli(), fingerprint(member));
    }

    @Override
    public int countDistinct(String key, Instant from, Instant to, String candidate) {
        return members.countDistinct(key, from.toEpochMilli(), to.toEpochMilli(), candidate != null,
                candidate == null ? 0 : fingerprint(candidate));
    }

    /** Number of keys held, for metrics and tests. */
    public int keys() {
        return events.keys() + members.keys();
    }

    /** The store's size by its own count, which {@code maxBytes} bounds, for metrics. */
    public long bytes() {
        return events.bytes() + members.bytes();
    }

    /** Keys forgotten because the store reached {@code maxBytes}, for metrics. */
    public long evictedKeys() {
        return events.evictedKeys() + members.evictedKeys();
    }

    /** Events held for {@code key}, for tests of the memory bound. */
    int events(String key) {
        return events.events(key);
    }

    /** Member events held for {@code key}, for tests of the memory bound. */
    int memberEvents(String key) {
        return members.events(key);
    }

    /** 64-bit FNV-1a: members are identity key hashes, so two distinct ones colliding is not a practical concern. */
    private static long fingerprint(String member) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < member.length(); i++) {
            hash ^= member.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
