package jp.mamori.engine.state.internal;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Event times per key, in primitive arrays: the memory behind {@code InMemoryVelocityStore}.
 *
 * <h2>Layout</h2>
 * The table is split into segments by the top bits of each key's {@linkplain KeyHash 96-bit fingerprint};
 * each segment is an open-addressing hash table (linear probing, 55 % to 75 % full) of parallel arrays, one
 * slot a key: the fingerprint (12 bytes), one {@code long} word and one array reference (4 bytes with
 * compressed references): {@value #SLOT_BYTES} bytes a slot, {@value #SLOT_BYTES_WITH_MEMBERS} in a table with
 * members, which keeps a key's single member inline too. A key with one event keeps its time (epoch
 * milliseconds) in the word and no array at all, which is most keys: a buyer's email at a merchant is
 * usually seen once a month. A key with more keeps them sorted in a {@code long[]} of its own (times, or
 * time and member fingerprint pairs), live between a head and a size packed into the word, so that dropping
 * the oldest is moving the head and appending in time order is a store; the array grows by half and is
 * compacted when it fills behind a moved head.
 *
 * <h2>What is kept</h2>
 * <ul>
 *   <li>Per key, events older than {@code retention} before its newest are dropped when it is written, and at
 *       most {@code maxPerKey} newest events are kept, so counts read exact up to that cap.</li>
 *   <li>Per segment, before its table grows, keys whose newest event is older than {@code retention} before
 *       the newest event the segment has seen are dropped and the others' expired events trimmed: memory
 *       follows the traffic of the last {@code retention}, not all of history.</li>
 *   <li>Per segment, at most {@code maxBytes / segments} bytes as counted by {@link #bytes()}: when a write
 *       would go beyond, the keys whose newest event is oldest are forgotten first until the segment is at
 *       3/4 of its share ({@link #evictedKeys()} counts them). A forgotten key counts from zero again.</li>
 * </ul>
 * Thread-safe: each segment is guarded by its own monitor.
 */
public final class EventTable {

    /** Fingerprint 8 + 4, word 8, reference 4. */
    public static final int SLOT_BYTES = 24;
    /** And the inline member, 8. */
    public static final int SLOT_BYTES_WITH_MEMBERS = 32;
    /** An array's header, as counted by {@link #bytes()}. */
    public static final int ARRAY_HEADER_BYTES = 16;

    private static final int INITIAL_CAPACITY = 16;
    /** Linear probing stays short up to here; past it the segment is maintained (and grows if it must). */
    private static final double MAX_LOAD = 0.75;
    /** How full a segment is after maintenance, so that it takes a third more keys before the next. */
    private static final double REHASHED_LOAD = 0.55;
    /** Enough segments that one rehash stays short (a segment of a full 8 GiB table is about 8 MB). */
    static final int MAX_SEGMENTS = 1024;
    /** A segment's share of the bound must hold far more than one hot key's events. */
    static final long MIN_SEGMENT_BYTES = 256 * 1024;
    /** Below this many members in a window, distinct ones are counted in place rather than sorted. */
    private static final int SMALL_WINDOW = 32;

    private final Segment[] segments;
    private final int segmentShift;
    private final long retention;
    private final int maxPerKey;
    private final boolean members;
    private final int width;
    private final int slotBytes;
    private final long segmentBudget;

    /** A table of as many segments as keep each at least {@value #MIN_SEGMENT_BYTES} bytes of the bound, at most {@value #MAX_SEGMENTS}. */
    public EventTable(long retention, int maxPerKey, boolean members, long maxBytes) {
        this(retention, maxPerKey, members, maxBytes,
                (int) Math.max(1, Math.min(MAX_SEGMENTS, Long.highestOneBit(Math.max(1, maxBytes / MIN_SEGMENT_BYTES)))));
    }

    /**
     * @param retention  milliseconds of events kept before a key's newest; at most 0 keeps nothing
     * @param maxPerKey  events kept per key, at least 2
     * @param members    whether each event carries a 64-bit member fingerprint
     * @param maxBytes   the bound on {@link #bytes()}
     * @param segments   a power of two
     */
    public EventTable(long retention, int maxPerKey, boolean members, long maxBytes, int segments) {
        if (maxPerKey < 2 || Integer.bitCount(segments) != 1) {
            throw new IllegalArgumentException("maxPerKey >= 2 and a power of two of segments");
        }
        if (maxBytes / segments < 64L * INITIAL_CAPACITY * (members ? SLOT_BYTES_WITH_MEMBERS : SLOT_BYTES)) {
            throw new IllegalArgumentException("a bound of " + maxBytes + " bytes is too small for " + segments + " segments");
        }
        this.retention = retention;
        this.maxPerKey = maxPerKey;
        this.members = members;
        this.width = members ? 2 : 1;
        this.slotBytes = members ? SLOT_BYTES_WITH_MEMBERS : SLOT_BYTES;
        this.segmentBudget = Math.max(1, maxBytes / segments);
        this.segments = new Segment[segments];
        this.segmentShift = 64 - Integer.numberOfTrailingZeros(segments);
        for (int i = 0; i < segments; i++) {
            this.segments[i] = new Segment();
        }
    }

    /** Remembers an event of {@code key} at {@code time} (with {@code member}, in a table with members). */
    public void add(String key, long time, long member) {
        if (retention <= 0) {
            return;
        }
        long high = KeyHash.high(key);
        int low = KeyHash.low(key, high);
        Segment segment = segment(high);
        synchronized (segment) {
            segment.add(high, low, time, member);
        }
    }

    /** Events of {@code key} at {@code fromExclusive < t <= toInclusive}. */
    public int count(String key, long fromExclusive, long toInclusive) {
        if (fromExclusive >= toInclusive) {
            return 0;
        }
        long high = KeyHash.high(key);
        int low = KeyHash.low(key, high);
        Segment segment = segment(high);
        synchronized (segment) {
            return segment.count(high, low, fromExclusive, toInclusive);
        }
    }

    /** Different members of {@code key} at {@code fromExclusive < t <= toInclusive}, with the candidate counted when given. */
    public int countDistinct(String key, long fromExclusive, long toInclusive, boolean hasCandidate, long candidate) {
        int alone = hasCandidate ? 1 : 0;
        if (fromExclusive >= toInclusive) {
            return alone;
        }
        long high = KeyHash.high(key);
        int low = KeyHash.low(key, high);
        Segment segment = segment(high);
        long[] window;
        synchronized (segment) {
            int slot = segment.find(high, low);
            if (slot < 0) {
                return alone;
            }
            long[] events = segment.refs[slot];
            if (events == null) {
                long time = segment.words[slot];
                if (time <= fromExclusive || time > toInclusive) {
                    return alone;
                }
                return hasCandidate && candidate != segment.inlineMembers[slot] ? 2 : 1;
            }
            int head = head(segment.words[slot]);
            int size = size(segment.words[slot]);
            int first = upperBound(events, head, size, fromExclusive);
            int end = upperBound(events, head, size, toInclusive);
            if (end - first <= SMALL_WINDOW) {
                return distinctInPlace(events, head + first, head + end, hasCandidate, candidate);
            }
            window = new long[end - first];
            for (int k = 0; k < window.length; k++) {
                window[k] = events[(head + first + k) * 2 + 1];
            }
        }
        // Sorted outside the lock: a card-testing device can hold thousands.
        Arrays.sort(window);
        int distinct = 0;
        boolean candidateSeen = false;
        for (int k = 0; k < window.length; k++) {
            if (k == 0 || window[k] != window[k - 1]) {
                distinct++;
            }
            candidateSeen |= window[k] == candidate;
        }
        return distinct + (hasCandidate && !candidateSeen ? 1 : 0);
    }

    private static int distinctInPlace(long[] events, int from, int to, boolean hasCandidate, long candidate) {
        int distinct = 0;
        boolean candidateSeen = false;
        for (int k = from; k < to; k++) {
            long member = events[k * 2 + 1];
            candidateSeen |= member == candidate;
            boolean seen = false;
            for (int j = from; j < k && !seen; j++) {
                seen = events[j * 2 + 1] == member;
            }
            if (!seen) {
                distinct++;
            }
        }
        return distinct + (hasCandidate && !candidateSeen ? 1 : 0);
    }

    /** Keys held. */
    public int keys() {
        int keys = 0;
        for (Segment segment : segments) {
            synchronized (segment) {
                keys += segment.live;
            }
        }
        return keys;
    }

    /** Events held for {@code key}. */
    public int events(String key) {
        long high = KeyHash.high(key);
        int low = KeyHash.low(key, high);
        Segment segment = segment(high);
        synchronized (segment) {
            int slot = segment.find(high, low);
            return slot < 0 ? 0 : segment.refs[slot] == null ? 1 : size(segment.words[slot]);
        }
    }

    /**
     * The table's size by its own count: slots times {@value #SLOT_BYTES} (or {@value #SLOT_BYTES_WITH_MEMBERS})
     * bytes, plus each event array's length and a {@value #ARRAY_HEADER_BYTES}-byte header. What the JVM
     * adds on top is a few array headers per segment.
     */
    public long bytes() {
        long bytes = 0;
        for (Segment segment : segments) {
            synchronized (segment) {
                bytes += segment.bytes();
            }
        }
        return bytes;
    }

    /** Keys forgotten because a segment reached its share of the bound. */
    public long evictedKeys() {
        long evicted = 0;
        for (Segment segment : segments) {
            synchronized (segment) {
                evicted += segment.evicted;
            }
        }
        return evicted;
    }

    private Segment segment(long high) {
        return segments[segmentShift == 64 ? 0 : (int) (high >>> segmentShift)];
    }

    private static int head(long word) {
        return (int) (word >>> 32);
    }

    private static int size(long word) {
        return (int) word;
    }

    private static long word(int head, int size) {
        return (long) head << 32 | (size & 0xFFFFFFFFL);
    }

    /** Index (from 0) of the first of the {@code size} live events from {@code head} whose time is greater than {@code time}. */
    private int upperBound(long[] events, int head, int size, long time) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (events[(head + mid) * width] <= time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private long arrayBytes(long[] events) {
        return ARRAY_HEADER_BYTES + 8L * events.length;
    }

    /** One hash table of keys; every method runs under the segment's monitor. */
    private final class Segment {
        long[] highs;
        int[] lows;
        /** One event: its time; more: head and size in {@link #refs}. */
        long[] words;
        long[][] refs;
        /** Tables with members: the member of a key's one event. */
        long[] inlineMembers;
        int capacity;
        int live;
        int threshold;
        long overflowBytes;
        long newest = Long.MIN_VALUE;
        long evicted;

        Segment() {
            allocate(INITIAL_CAPACITY);
        }

        private void allocate(int capacity) {
            highs = new long[capacity];
            lows = new int[capacity];
            words = new long[capacity];
            refs = new long[capacity][];
            inlineMembers = members ? new long[capacity] : null;
            this.capacity = capacity;
            threshold = (int) (capacity * MAX_LOAD);
        }

        long bytes() {
            return (long) highs.length * slotBytes + overflowBytes;
        }

        /** The slot of the key, or {@code -(slot + 1)} for the empty slot where it would go. */
        int find(long high, int low) {
            int slot = (int) (((high & 0xFFFFFFFFL) * capacity) >>> 32);
            while (true) {
                long h = highs[slot];
                int l = lows[slot];
                if (h == high && l == low) {
                    return slot;
                }
                if (h == 0 && l == 0) {
                    return -(slot + 1);
                }
                slot = slot + 1 == capacity ? 0 : slot + 1;
            }
        }

        int count(long high, int low, long fromExclusive, long toInclusive) {
            int slot = find(high, low);
            if (slot < 0) {
                return 0;
            }
            long[] events = refs[slot];
            if (events == null) {
                long time = words[slot];
                return time > fromExclusive && time <= toInclusive ? 1 : 0;
            }
            int head = head(words[slot]);
            int size = size(words[slot]);
            return upperBound(events, head, size, toInclusive) - upperBound(events, head, size, fromExclusive);
        }

        void add(long high, int low, long time, long member) {
            if (time > newest) {
                newest = time;
            }
            int slot = find(high, low);
            if (slot < 0) {
                if (live + 1 > threshold) {
                    maintain();
                    slot = find(high, low);
                }
                slot = -(slot + 1);
                highs[slot] = high;
                lows[slot] = low;
                words[slot] = time;
                if (members) {
                    inlineMembers[slot] = member;
                }
                live++;
            } else if (refs[slot] == null) {
                addToOne(slot, time, member);
            } else {
                addToMany(slot, time, member);
            }
            if (bytes() > segmentBudget) {
                maintain();
            }
        }

        private void addToOne(int slot, long time, long member) {
            long first = words[slot];
            long horizon = Math.max(first, time) - retention;
            if (first <= horizon) {
                // The one before is out of the retention of this newer one.
                words[slot] = time;
                if (members) {
                    inlineMembers[slot] = member;
                }
                return;
            }
            if (time <= horizon) {
                return;
            }
            long[] events = new long[4 * width];
            long firstMember = members ? inlineMembers[slot] : 0;
            // Events at the same time keep their arrival order, as with any insertion after its equals.
            boolean before = time < first;
            put(events, before ? 0 : 1, time, member);
            put(events, before ? 1 : 0, first, firstMember);
            refs[slot] = events;
            words[slot] = word(0, 2);
            overflowBytes += arrayBytes(events);
        }

        private void put(long[] events, int index, long time, long member) {
            events[index * width] = time;
            if (members) {
                events[index * width + 1] = member;
            }
        }

        private void addToMany(int slot, long time, long member) {
            long[] events = refs[slot];
            int head = head(words[slot]);
            int size = size(words[slot]);
            int capacity = events.length / width;
            if (head + size == capacity) {
                if (head > 0) {
                    System.arraycopy(events, head * width, events, 0, size * width);
                    head = 0;
                } else {
                    int grown = Math.min(capacity + Math.max(capacity >> 1, 2), maxPerKey + 1);
                    long[] larger = Arrays.copyOf(events, grown * width);
                    overflowBytes += arrayBytes(larger) - arrayBytes(events);
                    events = larger;
                    refs[slot] = events;
                }
            }
            int at = upperBound(events, head, size, time);
            int from = (head + at) * width;
            System.arraycopy(events, from, events, from + width, (size - at) * width);
            put(events, head + at, time, member);
            size++;

            long horizon = events[(head + size - 1) * width] - retention;
            int expired = Math.max(upperBound(events, head, size, horizon), size - maxPerKey);
            head += expired;
            size -= expired;
            settle(slot, events, head, size);
        }

        /** Stores what is left of a key's events: inline when one, in a smaller array when it shrank to a quarter. */
        private void settle(int slot, long[] events, int head, int size) {
            int capacity = events.length / width;
            if (size == 1) {
                words[slot] = events[head * width];
                if (members) {
                    inlineMembers[slot] = events[head * width + 1];
                }
                refs[slot] = null;
                overflowBytes -= arrayBytes(events);
            } else if (capacity > 8 && size * 4 < capacity) {
                long[] smaller = Arrays.copyOfRange(events, head * width, (head + size * 2) * width);
                overflowBytes += arrayBytes(smaller) - arrayBytes(events);
                refs[slot] = smaller;
                words[slot] = word(0, size);
            } else {
                words[slot] = word(head, size);
            }
        }

        /** The newest event time of the key in {@code slot}. */
        private long newestOf(int slot) {
            long[] events = refs[slot];
            if (events == null) {
                return words[slot];
            }
            return events[(head(words[slot]) + size(words[slot]) - 1) * width];
        }

        private boolean occupied(int slot) {
            return highs[slot] != 0 || lows[slot] != 0;
        }

        /**
         * Drops keys past the retention, trims the others' expired events, forgets the idlest keys if the segment
         * is over its share of the bound, and rehashes into a table at most half full.
         */
        void maintain() {
            long horizon = newest == Long.MIN_VALUE ? Long.MIN_VALUE : newest - retention;
            BitSet gone = new BitSet(capacity);
            int survivors = 0;
            for (int slot = 0; slot < capacity; slot++) {
                if (!occupied(slot)) {
                    continue;
                }
                if (newestOf(slot) <= horizon) {
                    drop(slot, gone);
                    continue;
                }
                long[] events = refs[slot];
                if (events != null) {
                    int head = head(words[slot]);
                    int size = size(words[slot]);
                    int expired = upperBound(events, head, size, horizon);
                    if (expired > 0) {
                        settle(slot, events, head + expired, size - expired);
                    }
                }
                survivors++;
            }
            long target = segmentBudget / 4 * 3;
            while (survivors > 0 && (long) capacityFor(survivors) * slotBytes + overflowBytes > segmentBudget) {
                survivors -= forgetIdlest(survivors, target, gone);
            }
            rehash(capacityFor(survivors), gone);
        }

        private int capacityFor(int keys) {
            return Math.max(INITIAL_CAPACITY, (int) Math.ceil(keys / REHASHED_LOAD));
        }

        /** Lets a key go at the rehash that follows. */
        private void drop(int slot, BitSet gone) {
            if (refs[slot] != null) {
                overflowBytes -= arrayBytes(refs[slot]);
                refs[slot] = null;
            }
            gone.set(slot);
        }

        /** Forgets the keys whose newest event is oldest until the segment would hold about {@code target} bytes; answers how many. */
        private int forgetIdlest(int survivors, long target, BitSet gone) {
            long[] newestTimes = new long[survivors];
            int n = 0;
            for (int slot = 0; slot < capacity; slot++) {
                if (occupied(slot) && !gone.get(slot)) {
                    newestTimes[n++] = newestOf(slot);
                }
            }
            Arrays.sort(newestTimes, 0, n);
            long bytes = (long) capacityFor(survivors) * slotBytes + overflowBytes;
            double perKey = (double) bytes / survivors;
            int forget = (int) Math.min(n, Math.max(1, Math.ceil((bytes - target) / perKey)));
            long cutoff = newestTimes[forget - 1];
            int forgotten = 0;
            for (int slot = 0; slot < capacity; slot++) {
                if (occupied(slot) && !gone.get(slot) && newestOf(slot) <= cutoff) {
                    drop(slot, gone);
                    forgotten++;
                }
            }
            evicted += forgotten;
            return forgotten;
        }

        private void rehash(int capacity, BitSet gone) {
            long[] oldHighs = highs;
            int[] oldLows = lows;
            long[] oldWords = words;
            long[][] oldRefs = refs;
            long[] oldMembers = inlineMembers;
            allocate(capacity);
            live = 0;
            for (int slot = 0; slot < oldHighs.length; slot++) {
                if ((oldHighs[slot] == 0 && oldLows[slot] == 0) || gone.get(slot)) {
                    continue;
                }
                int to = -(find(oldHighs[slot], oldLows[slot]) + 1);
                highs[to] = oldHighs[slot];
                lows[to] = oldLows[slot];
                words[to] = oldWords[slot];
                refs[to] = oldRefs[slot];
                if (members) {
                    inlineMembers[to] = oldMembers[slot];
                }
                live++;
            }
        }
    }
}
