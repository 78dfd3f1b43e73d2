package jp.mamori.engine.state.internal;

import java.util.function.UnaryOperator;

/**
 * A map from identity keys whose hash is 64 lower-case hex characters (an HMAC-SHA256, as {@code IdentityKeyer}
 * makes them) to a value, holding each key as its 32 bytes and its kind as one byte instead of the string:
 * {@value #SLOT_BYTES} bytes a slot with the value's reference, in open-addressing tables 55 % to 75 % full. The
 * key is the exact 256 bits, so two keys never share a slot by a hash collision. Other keys are not taken: see
 * {@link #isHexKey}.
 *
 * <p>Thread-safe: segments, each guarded by its own monitor. Values should be immutable, since
 * {@link #get} hands them out after the lock is released.
 */
public final class HexKeyTable<V> {

    /** Four longs, a kind byte, a compressed reference. */
    public static final int SLOT_BYTES = 37;

    private static final int SEGMENTS = 64;
    private static final int INITIAL_CAPACITY = 16;
    private static final double MAX_LOAD = 0.75;
    private static final double REHASHED_LOAD = 0.55;

    private final Segment<V>[] segments;

    @SuppressWarnings("unchecked")
    public HexKeyTable() {
        segments = (Segment<V>[]) new Segment<?>[SEGMENTS];
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment<>();
        }
    }

    /** Whether {@code hash} is 64 lower-case hex characters, the only keys this table takes. */
    public static boolean isHexKey(String hash) {
        if (hash.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = hash.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The value of the key of {@code kind} (an ordinal) and {@code hash} (a {@linkplain #isHexKey hex key}), or null. */
    public V get(int kind, String hash) {
        long w0 = word(hash, 0);
        Segment<V> segment = segments[(int) (w0 >>> 58)];
        synchronized (segment) {
            int slot = segment.find(kind, w0, hash);
            return slot < 0 ? null : segment.values[slot];
        }
    }

    /** Replaces the key's value (null when absent) by what {@code update} makes of it; null removes the key. */
    public void update(int kind, String hash, UnaryOperator<V> update) {
        long w0 = word(hash, 0);
        Segment<V> segment = segments[(int) (w0 >>> 58)];
        synchronized (segment) {
            segment.update(kind, w0, hash, update);
        }
    }

    /** Keys held. */
    public int size() {
        int size = 0;
        for (Segment<V> segment : segments) {
            synchronized (segment) {
                size += segment.live;
            }
        }
        return size;
    }

    /** The {@code w}-th 64 bits of a hex key. */
    private static long word(String hash, int w) {
        long word = 0;
        for (int i = w * 16, end = i + 16; i < end; i++) {
            char c = hash.charAt(i);
            word = word << 4 | (c <= '9' ? c - '0' : c - 'a' + 10);
        }
        return word;
    }

    private static final class Segment<V> {
        /** Four words a slot. */
        long[] words;
        byte[] kinds;
        V[] values;
        int capacity;
        int live;
        int threshold;

        Segment() {
            allocate(INITIAL_CAPACITY);
        }

        @SuppressWarnings("unchecked")
        private void allocate(int capacity) {
            words = new long[capacity * 4];
            kinds = new byte[capacity];
            values = (V[]) new Object[capacity];
            this.capacity = capacity;
            threshold = (int) (capacity * MAX_LOAD);
        }

        private int home(long w0) {
            return (int) (((w0 & 0xFFFFFFFFL) * capacity) >>> 32);
        }

        private int next(int slot) {
            return slot + 1 == capacity ? 0 : slot + 1;
        }

        /** The slot of the key, or {@code -(slot + 1)} for the empty slot where it would go. */
        int find(int kind, long w0, String hash) {
            int slot = home(w0);
            while (values[slot] != null) {
                int at = slot * 4;
                if (words[at] == w0 && kinds[slot] == kind && words[at + 1] == word(hash, 1)
                        && words[at + 2] == word(hash, 2) && words[at + 3] == word(hash, 3)) {
                    return slot;
                }
                slot = next(slot);
            }
            return -(slot + 1);
        }

        void update(int kind, long w0, String hash, UnaryOperator<V> update) {
            int slot = find(kind, w0, hash);
            V value = update.apply(slot < 0 ? null : values[slot]);
            if (slot >= 0) {
                if (value != null) {
                    values[slot] = value;
                } else {
                    delete(slot);
                }
                return;
            }
            if (value == null) {
                return;
            }
            if (live + 1 > threshold) {
                rehash(Math.max(INITIAL_CAPACITY, (int) Math.ceil((live + 1) / REHASHED_LOAD)));
                slot = find(kind, w0, hash);
            }
            slot = -(slot + 1);
            int at = slot * 4;
            words[at] = w0;
            words[at + 1] = word(hash, 1);
            words[at + 2] = word(hash, 2);
            words[at + 3] = word(hash, 3);
            kinds[slot] = (byte) kind;
            values[slot] = value;
            live++;
        }

        /** Empties {@code slot} and moves back the keys after it that probed past it (no tombstones). */
        private void delete(int slot) {
            int hole = slot;
            int j = slot;
            while (true) {
                j = next(j);
                if (values[j] == null) {
                    break;
                }
                int home = home(words[j * 4]);
                // Move j into the hole unless its home lies cyclically in (hole, j].
                boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
                if (!stays) {
                    System.arraycopy(words, j * 4, words, hole * 4, 4);
                    kinds[hole] = kinds[j];
                    values[hole] = values[j];
                    hole = j;
                }
            }
            values[hole] = null;
            live--;
        }

        private void rehash(int newCapacity) {
            long[] oldWords = words;
            byte[] oldKinds = kinds;
            V[] oldValues = values;
            allocate(newCapacity);
            for (int slot = 0; slot < oldValues.length; slot++) {
                if (oldValues[slot] == null) {
                    continue;
                }
                int to = home(oldWords[slot * 4]);
                while (values[to] != null) {
                    to = next(to);
                }
                System.arraycopy(oldWords, slot * 4, words, to * 4, 4);
                kinds[to] = oldKinds[slot];
                values[to] = oldValues[slot];
            }
        }
    }
}
