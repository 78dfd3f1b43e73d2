package jp.mamori.engine.state;

import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The affiliate ledger in this process's memory: per affiliate two small sorted arrays of key fingerprints,
 * 8 bytes a key: the registered ones (a registration gives about six) and those learnt from the affiliate's
 * own orders, at most {@value #MAX_OWN_KEYS} (a few orders give about ten each; keys past that are not kept,
 * so the first stay). Affiliates are kept as long as the process runs: a merchant has hundreds or thousands,
 * not millions. Thread-safe.
 */
public final class InMemoryAffiliateLedger implements AffiliateLedger {

    static final int MAX_OWN_KEYS = 256;

    private final ConcurrentHashMap<String, Affiliate> affiliates = new ConcurrentHashMap<>();

    @Override
    public void addAffiliate(String affiliate) {
        Affiliate noted = affiliates.get(affiliate);
        if (noted != null && noted.referred) {
            // Every order through an affiliate comes here: most find it noted already, without a lock.
            return;
        }
        affiliates.compute(affiliate, (a, known) -> {
            Affiliate entry = known == null ? new Affiliate() : known;
            entry.referred = true;
            return entry;
        });
    }

    @Override
    public boolean isAffiliate(String affiliate) {
        return affiliates.containsKey(affiliate);
    }

    @Override
    public void addOwnKey(String affiliate, String key) {
        affiliates.compute(affiliate, (a, known) -> {
            Affiliate entry = known == null ? new Affiliate() : known;
            if (entry.learnt.length < MAX_OWN_KEYS) {
                entry.learnt = with(entry.learnt, Fingerprints.of(key));
            }
            return entry;
        });
    }

    @Override
    public void register(String affiliate, Collection<String> keys) {
        long[] registered = keys.stream().mapToLong(Fingerprints::of).sorted().distinct().toArray();
        affiliates.compute(affiliate, (a, known) -> {
            Affiliate entry = known == null ? new Affiliate() : known;
            entry.registered = registered;
            return entry.isEmpty() ? null : entry;
        });
    }

    @Override
    public void unregister(String affiliate) {
        // An affiliate known only by its registration is forgotten with it, so its id no longer names anyone.
        affiliates.computeIfPresent(affiliate, (a, entry) -> {
            entry.registered = new long[0];
            return entry.isEmpty() ? null : entry;
        });
    }

    @Override
    public boolean isOwnKey(String affiliate, String key) {
        Affiliate entry = affiliates.get(affiliate);
        if (entry == null) {
            return false;
        }
        long fingerprint = Fingerprints.of(key);
        // The arrays are replaced, never changed in place: a reader sees the old one or the new one.
        return Arrays.binarySearch(entry.registered, fingerprint) >= 0 || Arrays.binarySearch(entry.learnt, fingerprint) >= 0;
    }

    /** Keys learnt from {@code affiliate}'s own orders, for tests of the memory bound. */
    int ownKeys(String affiliate) {
        Affiliate entry = affiliates.get(affiliate);
        return entry == null ? 0 : entry.learnt.length;
    }

    private static long[] with(long[] keys, long key) {
        int at = Arrays.binarySearch(keys, key);
        if (at >= 0) {
            return keys;
        }
        int insert = -at - 1;
        long[] grown = new long[keys.length + 1];
        System.arraycopy(keys, 0, grown, 0, insert);
        grown[insert] = key;
        System.arraycopy(keys, insert, grown, insert + 1, keys.length - insert);
        return grown;
    }

    /** Changed only inside the map's compute functions, one writer per affiliate at a time; read without locks. */
    private static final class Affiliate {
        volatile boolean referred;
        volatile long[] learnt = new long[0];
        volatile long[] registered = new long[0];

        boolean isEmpty() {
            return !referred && learnt.length == 0 && registered.length == 0;
        }
    }
}
