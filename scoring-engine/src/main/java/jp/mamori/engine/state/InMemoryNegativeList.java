package jp.mamori.engine.state;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;

/** The negative list in this process's memory: per identity key, each listing merchant's entry. Thread-safe. */
public final class InMemoryNegativeList implements NegativeList {

    private final ConcurrentHashMap<IdentityKey, Map<String, Entry>> entries = new ConcurrentHashMap<>();

    @Override
    public void register(IdentityKey key, String sourceMerchant, String reason, Instant at, Instant expiresAt) {
        entries.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(sourceMerchant, new Entry(reason, at, expiresAt));
    }

    @Override
    public void remove(IdentityKey key, String sourceMerchant) {
        entries.computeIfPresent(key, (k, byMerchant) -> {
            byMerchant.remove(sourceMerchant);
            return byMerchant.isEmpty() ? null : byMerchant;
        });
    }

    @Override
    public Set<IdentityKind> matches(Collection<IdentityKey> keys, Instant at) {
        Set<IdentityKind> kinds = EnumSet.noneOf(IdentityKind.class);
        for (IdentityKey key : keys) {
            Map<String, Entry> byMerchant = entries.get(key);
            if (byMerchant != null && byMerchant.values().stream().anyMatch(entry -> entry.isListedAt(at))) {
                kinds.add(key.kind());
            }
        }
        return Collections.unmodifiableSet(kinds);
    }

    /**
     * One merchant's listing. Listed from {@code listedAt}, so replaying older orders gives the decisions
     * they had then; the reason is kept for the merchant's own records, never shown to others.
     */
    private record Entry(String reason, Instant listedAt, Instant expiresAt) {

        boolean isListedAt(Instant at) {
            return !at.isBefore(listedAt) && (expiresAt == null || at.isBefore(expiresAt));
        }
    }
}
