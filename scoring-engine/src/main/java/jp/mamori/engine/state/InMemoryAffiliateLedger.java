package jp.mamori.engine.state;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The affiliate ledger in this process's memory: per affiliate a small sorted array of key fingerprints,
 * 8 bytes a key, at most {@value #MAX_OWN_KEYS} (a registration and a few of the affiliate's own orders give
 * about ten each); keys past that are not kept, so the first (the registered ones) stay. Affiliates are kept
 * as long as the process runs: a merchant has hundreds or thousands, not millions. Thread-safe.
 */
public final class InMemoryAffiliateLedger implements AffiliateLedger {

    static final int MAX_OWN_KEYS = 256;

    private final ConcurrentHashMap<String, OwnKeys> affiliates = new ConcurrentHashMap<>();

    @Override
    public void addAffiliate(String affiliate) {
        affiliates.computeIfAbsent(affiliate, a -> new OwnKeys());
    }

    @Override
    public boolean isAffiliate(String affiliate) {
        return affiliates.containsKey(affiliate);
    }

    @Override
    public void addOwnKey(String affiliate, String key) {
        affiliates.computeIfAbsent(affiliate, a -> new OwnKeys()).add(Fingerprints.of(key));
    }

    @Override
    public boolean isOwnKey(String affiliate, String key) {
        OwnKeys own = affiliates.get(affiliate);
        return own != null && own.contains(Fingerprints.of(key));
    }

    /** Own keys held for {@code affiliate}, for tests of the memory bound. */
    int ownKeys(String affiliate) {
        OwnKeys own = affiliates.get(affiliate);
        return own == null ? 0 : own.size();
    }

    private static final class OwnKeys {
        private long[] keys = new long[0];

        synchronized void add(long key) {
            int at = Arrays.binarySearch(keys, key);
            if (at >= 0 || keys.length >= MAX_OWN_KEYS) {
                return;
            }
            int insert = -at - 1;
            long[] grown = new long[keys.length + 1];
            System.arraycopy(keys, 0, grown, 0, insert);
            grown[insert] = key;
            System.arraycopy(keys, insert, grown, insert + 1, keys.length - insert);
            keys = grown;
        }

        synchronized boolean contains(long key) {
            return Arrays.binarySearch(keys, key) >= 0;
        }

        synchronized int size() {
            return keys.length;
        }
    }
}
