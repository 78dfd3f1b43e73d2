package jp.mamori.engine.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Velocity in this process's memory: per key, a sorted array of event times in milliseconds (8 bytes
 * an event), and for distinct counts a sorted array of times with a 64-bit fingerprint of each member
 * (16 bytes an event); arrays grow by doubling, so up to twice that. Events older than {@code retention}
 * before the newest event of a key are dropped when that key is next written, so memory follows the
 * traffic of the retention window, not all of history; a key keeps at most {@value #MAX_MEMBER_EVENTS}
 * member events, the newest, so one device hammering the shop cannot grow without bound.
 * Events may arrive out of order (history replay), and are kept sorted.
 */
public final class InMemoryVelocityStore implements VelocityStore {

    /** Far above any distinct limit a policy sets; only the count above the limit matters. */
    static final int MAX_MEMBER_EVENTS = 4096;

    private final long retentionMillis;
    private final ConcurrentHashMap<String, Events> events = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, MemberEvents> members = new ConcurrentHashMap<>();

    public InMemoryVelocityStore(Duration retention) {
        this.retentionMillis = retention.toMillis();
    }

    @Override
    public void add(String key, Instant at) {
        events.computeIfAbsent(key, k -> new Events()).add(at.toEpochMilli(), retentionMillis);
    }

    @Override
    public int count(String key, Instant from, Instant to) {
        Events keyEvents = events.get(key);
        return keyEvents == null ? 0 : keyEvents.count(from.toEpochMilli(), to.toEpochMilli());
    }

    @Override
    public void addDistinct(String key, String member, Instant at) {
        members.computeIfAbsent(key, k -> new MemberEvents()).add(at.toEpochMilli(), fingerprint(member), retentionMillis);
    }

    @Override
    public int countDistinct(String key, Instant from, Instant to, String candidate) {
        MemberEvents keyMembers = members.get(key);
        long[] seen = keyMembers == null ? new long[0] : keyMembers.between(from.toEpochMilli(), to.toEpochMilli());
        if (candidate != null) {
            seen = Arrays.copyOf(seen, seen.length + 1);
            seen[seen.length - 1] = fingerprint(candidate);
        }
        return (int) Arrays.stream(seen).distinct().count();
    }

    /** Number of keys held, for metrics and tests. */
    public int keys() {
        return events.size() + members.size();
    }

    /** Member events held for {@code key}, for tests of the memory bound. */
    int memberEvents(String key) {
        MemberEvents keyMembers = members.get(key);
        return keyMembers == null ? 0 : keyMembers.size();
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

    private static final class MemberEvents {
        private long[] times = new long[2];
        private long[] fingerprints = new long[2];
        private int size;

        synchronized void add(long time, long fingerprint, long retention) {
            int at = upperBound(times, size, time);
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                fingerprints = Arrays.copyOf(fingerprints, size * 2);
            }
            System.arraycopy(times, at, times, at + 1, size - at);
            System.arraycopy(fingerprints, at, fingerprints, at + 1, size - at);
            times[at] = time;
            fingerprints[at] = fingerprint;
            size++;
            int expired = Math.max(upperBound(times, size, times[size - 1] - retention), size - MAX_MEMBER_EVENTS);
            if (expired > 0) {
                System.arraycopy(times, expired, times, 0, size - expired);
                System.arraycopy(fingerprints, expired, fingerprints, 0, size - expired);
                size -= expired;
            }
        }

        synchronized long[] between(long fromExclusive, long toInclusive) {
            if (fromExclusive >= toInclusive) {
                return new long[0];
            }
            return Arrays.copyOfRange(fingerprints, upperBound(times, size, fromExclusive), upperBound(times, size, toInclusive));
        }

        synchronized int size() {
            return size;
        }
    }

    private static final class Events {
        private long[] times = new long[2];
        private int size;

        synchronized void add(long time, long retention) {
            int at = upperBound(times, size, time);
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
            }
            System.arraycopy(times, at, times, at + 1, size - at);
            times[at] = time;
            size++;
            long horizon = times[size - 1] - retention;
            int expired = upperBound(times, size, horizon);
            if (expired > 0) {
                System.arraycopy(times, expired, times, 0, size - expired);
                size -= expired;
            }
        }

        synchronized int count(long fromExclusive, long toInclusive) {
            if (fromExclusive >= toInclusive) {
                return 0;
            }
            return upperBound(times, size, toInclusive) - upperBound(times, size, fromExclusive);
        }
    }

    /** Index of the first of the {@code size} sorted {@code times} greater than {@code time}. */
    private static int upperBound(long[] times, int size, long time) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] <= time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
