package jp.mamori.engine.state.internal;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Event times per key, in primitive arrays: the memory behind {@code InMemoryVelocityStore}.
 *
 * <h2>Layout</h2>
 * The table is split into segments by the top bits of each key's {@linkplain KeyHash 96-bit fingerprint};
 * each segment is an open-addressing hash table (linear probing, 55 % to 75 % full) in one {@code long[]},
 * three longs a key side by side so that a look-up touches one cache line: the fingerprint (12 bytes), the
 * number of the key's event array (4 bytes, 0 for none) and one word: {@value #SLOT_BYTES} bytes a slot,
 * {@value #SLOT_BYTES_WITH_MEMBERS} in a table with members, which keeps a key's single member inline in a
 * fourth long. A key with one event keeps its time (epoch milliseconds) in the word and no array at all,
 * which is most keys: a buyer's email at a merchant is usually seen once a month. A key with more keeps
 * them sorted in a {@code long[]} of its own (times, or time and member fingerprint pairs) in the segment's
 * pool of arrays (4 bytes a reference), live between a head and a size packed into the word, so that
 * dropping the oldest is moving the head and appending in time order is a store; the array grows by half
 * and is compacted when it fills behind a moved head.
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

    /** Fingerprint 8 + 4, array number 4, word 8. */
    public static final int SLOT_BYTES = 24;
    /** And the inline member, 8. */
    public static final int SLOT_BYTES_WITH_MEMBERS = 32;
    /** A reference in a segment's pool of event arrays. */
    public static final int POOL_REFERENCE_BYTES = 4;
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

    /** Events of {@code key} at {@code fromsExclusive[i] < t <= toInclusive} for each window, the key looked up once. */
    public int[] count(String key, long[] fromsExclusive, long toInclusive) {
        int[] counts = new int[fromsExclusive.length];
        long high = KeyHash.high(key);
        int low = KeyHash.low(key, high);
        Segment segment = segment(high);
        synchronized (segment) {
            int slot = segment.find(high, low);
            if (slot >= 0) {
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = fromsExclusive[i] >= toInclusive ? 0 : segment.countAt(slot, fromsExclusive[i], toInclusive);
                }
            }
        }
        return counts;
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
            long[] events = segment.eventsOf(slot);
            long word = segment.word(slot);
            if (events == null) {
                if (word <= fromExclusive || word > toInclusive) {
                    return alone;
                }
                return hasCandidate && candidate != segment.inlineMember(slot) ? 2 : 1;
            }
            int head = head(word);
            int size = size(word);
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
            return slot < 0 ? 0 : segment.eventsOf(slot) == null ? 1 : size(segment.word(slot));
        }
    }

    /**
     * The table's size by its own count: slots times {@value #SLOT_BYTES} (or {@value #SLOT_BYTES_WITH_MEMBERS})
     * bytes, the pools' references, plus each event array's length and a {@value #ARRAY_HEADER_BYTES}-byte
     * header. What the JVM adds on top is a few array headers per segment.
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

    private static long packed(int head, int size) {
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
        /** {@link #stride} longs a slot: high fingerprint; low fingerprint and array number; word; (inline member). */
        long[] slots;
        final int stride = members ? 4 : 3;
        /** Event arrays of keys with more than one event, by number - 1; free numbers are reused. */
        long[][] pool = new long[4][];
        int[] freeNumbers = new int[4];
        int freeCount;
        int poolUsed;
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
            slots = new long[capacity * stride];
            this.capacity = capacity;
            threshold = (int) (capacity * MAX_LOAD);
        }

        long bytes() {
            return (long) capacity * slotBytes + (long) pool.length * POOL_REFERENCE_BYTES + overflowBytes;
        }

        long word(int slot) {
            return slots[slot * stride + 2];
        }

        long inlineMember(int slot) {
            return slots[slot * stride + 3];
        }

        private int number(int slot) {
            return (int) slots[slot * stride + 1];
        }

        /** The key's event array, or null when its one event is inline. */
        long[] eventsOf(int slot) {
            int number = number(slot);
            return number == 0 ? null : pool[number - 1];
        }

        /** The slot of the key, or {@code -(slot + 1)} for the empty slot where it would go. */
        int find(long high, int low) {
            int slot = (int) (((high & 0xFFFFFFFFL) * capacity) >>> 32);
            long[] table = slots;
            while (true) {
                int at = slot * stride;
                long h = table[at];
                int l = (int) (table[at + 1] >>> 32);
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
            return slot < 0 ? 0 : countAt(slot, fromExclusive, toInclusive);
        }

        /** Events of the key in {@code slot} at {@code fromExclusive < t <= toInclusive}. */
        int countAt(int slot, long fromExclusive, long toInclusive) {
            long[] events = eventsOf(slot);
            long word = word(slot);
            if (events == null) {
                return word > fromExclusive && word <= toInclusive ? 1 : 0;
            }
            int head = head(word);
            int size = size(word);
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
                int at = slot * stride;
                slots[at] = high;
                slots[at + 1] = (long) low << 32;
                slots[at + 2] = time;
                if (members) {
                    slots[at + 3] = member;
                }
                live++;
            } else if (number(slot) == 0) {
                addToOne(slot, time, member);
            } else {
                addToMany(slot, time, member);
            }
            if (bytes() > segmentBudget) {
                maintain();
            }
        }

        private void setInline(int slot, long time, long member) {
            int at = slot * stride;
            slots[at + 2] = time;
            if (members) {
                slots[at + 3] = member;
            }
        }

        private void addToOne(int slot, long time, long member) {
            long first = word(slot);
            long horizon = Math.max(first, time) - retention;
            if (first <= horizon) {
                // The one before is out of the retention of this newer one.
                setInline(slot, time, member);
                return;
            }
            if (time <= horizon) {
                return;
            }
            long[] events = new long[4 * width];
            long firstMember = members ? inlineMember(slot) : 0;
            // Events at the same time keep their arrival order, as with any insertion after its equals.
            boolean before = time < first;
            put(events, before ? 0 : 1, time, member);
            put(events, before ? 1 : 0, first, firstMember);
            attach(slot, events);
            slots[slot * stride + 2] = packed(0, 2);
        }

        /** Gives the key in {@code slot} the event array {@code events} under a free number. */
        private void attach(int slot, long[] events) {
            int number;
            if (freeCount > 0) {
                number = freeNumbers[--freeCount];
            } else {
                if (poolUsed == pool.length) {
                    pool = Arrays.copyOf(pool, pool.length + (pool.length >> 1) + 1);
                }
                number = ++poolUsed;
            }
            pool[number - 1] = events;
            int at = slot * stride + 1;
            slots[at] = (slots[at] & 0xFFFFFFFF00000000L) | number;
            overflowBytes += arrayBytes(events);
        }

        /** Takes the event array away from the key in {@code slot}, which keeps its fingerprint. */
        private void detach(int slot) {
            int number = number(slot);
            if (number == 0) {
                return;
            }
            overflowBytes -= arrayBytes(pool[number - 1]);
            pool[number - 1] = null;
            if (freeCount == freeNumbers.length) {
                freeNumbers = Arrays.copyOf(freeNumbers, freeNumbers.length * 2);
            }
            freeNumbers[freeCount++] = number;
            int at = slot * stride + 1;
            slots[at] &= 0xFFFFFFFF00000000L;
        }

        /** Puts a new array in place of the key's present one. */
        private void replace(int slot, long[] events) {
            int number = number(slot);
            overflowBytes += arrayBytes(events) - arrayBytes(pool[number - 1]);
            pool[number - 1] = events;
        }

        private void put(long[] events, int index, long time, long member) {
            events[index * width] = time;
            if (members) {
                events[index * width + 1] = member;
            }
        }

        private void addToMany(int slot, long time, long member) {
            long[] events = eventsOf(slot);
            long word = word(slot);
            int head = head(word);
            int size = size(word);
            int capacity = events.length / width;
            if (head + size == capacity) {
                if (head > 0) {
                    System.arraycopy(events, head * width, events, 0, size * width);
                    head = 0;
                } else {
                    int grown = Math.min(capacity + Math.max(capacity >> 1, 2), maxPerKey + 1);
                    events = Arrays.copyOf(events, grown * width);
                    replace(slot, events);
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
                detach(slot);
                setInline(slot, events[head * width], members ? events[head * width + 1] : 0);
            } else if (capacity > 8 && size * 4 < capacity) {
                replace(slot, Arrays.copyOfRange(events, head * width, (head + size * 2) * width));
                slots[slot * stride + 2] = packed(0, size);
            } else {
                slots[slot * stride + 2] = packed(head, size);
            }
        }

        /** The newest event time of the key in {@code slot}. */
        private long newestOf(int slot) {
            long[] events = eventsOf(slot);
            long word = word(slot);
            if (events == null) {
                return word;
            }
            return events[(head(word) + size(word) - 1) * width];
        }

        private boolean occupied(int slot) {
            return slots[slot * stride] != 0 || slots[slot * stride + 1] >>> 32 != 0;
        }

        /**
         * Drops keys past the retention, trims the others' expired events, forgets the idlest keys if the segment
         * is over its share of the bound, and rehashes into a table at most 55 % full.
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
                long[] events = eventsOf(slot);
                if (events != null) {
                    long word = word(slot);
                    int expired = upperBound(events, head(word), size(word), horizon);
                    if (expired > 0) {
                        settle(slot, events, head(word) + expired, size(word) - expired);
                    }
                }
                survivors++;
            }
            long target = segmentBudget / 4 * 3;
            while (survivors > 0 && bytesAfterRehash(survivors) > segmentBudget) {
                survivors -= forgetIdlest(survivors, target, gone);
            }
            rehash(capacityFor(survivors), gone);
        }

        private long bytesAfterRehash(int survivors) {
            return (long) capacityFor(survivors) * slotBytes + (long) (poolUsed - freeCount) * POOL_REFERENCE_BYTES + overflowBytes;
        }

        private int capacityFor(int keys) {
            return Math.max(INITIAL_CAPACITY, (int) Math.ceil(keys / REHASHED_LOAD));
        }

        /** Lets a key go at the rehash that follows. */
        private void drop(int slot, BitSet gone) {
            detach(slot);
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
            long bytes = bytesAfterRehash(survivors);
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

        /** Moves the surviving keys into a table of {@code newCapacity} slots and their arrays into a dense pool. */
        private void rehash(int newCapacity, BitSet gone) {
            long[] old = slots;
            int oldCapacity = capacity;
            long[][] oldPool = pool;
            int arrays = poolUsed - freeCount;
            pool = new long[Math.max(4, arrays + (arrays >> 2))][];
            poolUsed = 0;
            freeCount = 0;
            allocate(newCapacity);
            live = 0;
            for (int slot = 0; slot < oldCapacity; slot++) {
                int from = slot * stride;
                long high = old[from];
                int low = (int) (old[from + 1] >>> 32);
                if ((high == 0 && low == 0) || gone.get(slot)) {
                    continue;
                }
                int to = -(find(high, low) + 1) * stride;
                System.arraycopy(old, from, slots, to, stride);
                int number = (int) old[from + 1];
                if (number != 0) {
                    pool[poolUsed++] = oldPool[number - 1];
                    slots[to + 1] = (long) low << 32 | poolUsed;
                }
                live++;
            }
        }
    }
}
