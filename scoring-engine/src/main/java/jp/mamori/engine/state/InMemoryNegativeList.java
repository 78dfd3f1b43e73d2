package jp.mamori.engine.state;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.state.internal.HexKeyTable;

/**
 * The negative list in this process's memory: per identity key, each listing merchant's entry. Keys made by
 * {@code IdentityKeyer} (64 hex characters) are held as their 32 bytes in a {@link HexKeyTable}, any other
 * key as it is; each key's listings are a short chain of small immutable entries whose merchant ids and
 * reasons share one string per value. About 105 bytes a listed key instead of about 540 with a map of maps
 * ({@code docs/engine-state.md}). Thread-safe.
 */
public final class InMemoryNegativeList implements NegativeList {

    /** Merchant ids and reasons are a few distinct values repeated a million times; beyond this many, not shared. */
    private static final int MAX_SHARED_STRINGS = 65_536;
    /** Marks an entry without expiry. */
    private static final int NEVER = -1;

    private final HexKeyTable<Entry> hexKeys = new HexKeyTable<>();
    private final ConcurrentHashMap<IdentityKey, Entry> otherKeys = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();

    @Override
    public void register(IdentityKey key, String sourceMerchant, String reason, Instant at, Instant expiresAt) {
        String merchant = share(sourceMerchant);
        String note = share(reason);
        update(key, entries -> new Entry(merchant, note, at.getEpochSecond(), at.getNano(),
                expiresAt == null ? Long.MAX_VALUE : expiresAt.getEpochSecond(), expiresAt == null ? NEVER : expiresAt.getNano(),
                Entry.without(entries, merchant)));
    }

    @Override
    public void remove(IdentityKey key, String sourceMerchant) {
        update(key, entries -> Entry.without(entries, sourceMerchant));
    }

    @Override
    public Set<IdentityKind> matches(Collection<IdentityKey> keys, Instant at) {
        Set<IdentityKind> kinds = EnumSet.noneOf(IdentityKind.class);
        for (IdentityKey key : keys) {
            Entry entries = HexKeyTable.isHexKey(key.hash()) ? hexKeys.get(key.kind().ordinal(), key.hash()) : otherKeys.get(key);
            for (Entry entry = entries; entry != null; entry = entry.next) {
                if (entry.isListedAt(at)) {
                    kinds.add(key.kind());
                    break;
                }
            }
        }
        return Collections.unmodifiableSet(kinds);
    }

    /** Keys listed by at least one merchant, for metrics and tests. */
    public int keys() {
        return hexKeys.size() + otherKeys.size();
    }

    private void update(IdentityKey key, UnaryOperator<Entry> change) {
        if (HexKeyTable.isHexKey(key.hash())) {
            hexKeys.update(key.kind().ordinal(), key.hash(), change);
        } else {
            otherKeys.compute(key, (k, entries) -> change.apply(entries));
        }
    }

    private String share(String value) {
        if (value == null) {
            return null;
        }
        String known = shared.get(value);
        if (known != null) {
            return known;
        }
        if (shared.size() >= MAX_SHARED_STRINGS) {
            return value;
        }
        known = shared.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    /**
     * One merchant's listing, and the next merchant's. Listed from {@code listedAt}, so replaying older orders
     * gives the decisions they had then; the reason is kept for the merchant's own records, never shown to
     * others. Times are the instants' seconds and nanoseconds, compared as {@link Instant} compares them.
     */
    private static final class Entry {
        final String merchant;
        final String reason;
        final long listedSecond;
        final int listedNano;
        final long expiresSecond;
        final int expiresNano;
        final Entry next;

        Entry(String merchant, String reason, long listedSecond, int listedNano, long expiresSecond, int expiresNano, Entry next) {
            this.merchant = merchant;
            this.reason = reason;
            this.listedSecond = listedSecond;
            this.listedNano = listedNano;
            this.expiresSecond = expiresSecond;
            this.expiresNano = expiresNano;
            this.next = next;
        }

        boolean isListedAt(Instant at) {
            long second = at.getEpochSecond();
            int nano = at.getNano();
            boolean listed = second > listedSecond || second == listedSecond && nano >= listedNano;
            boolean expired = expiresNano != NEVER && (second > expiresSecond || second == expiresSecond && nano >= expiresNano);
            return listed && !expired;
        }

        /** The chain of {@code entries} without {@code merchant}'s, null when none is left; shares what it can. */
        static Entry without(Entry entries, String merchant) {
            if (entries == null) {
                return null;
            }
            Entry rest = without(entries.next, merchant);
            if (entries.merchant.equals(merchant)) {
                return rest;
            }
            return rest == entries.next ? entries : new Entry(entries.merchant, entries.reason, entries.listedSecond,
                    entries.listedNano, entries.expiresSecond, entries.expiresNano, rest);
        }
    }
}
