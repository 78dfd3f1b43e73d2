package jp.mamori.engine.normalize;

import java.util.function.Function;

/**
 * The results of a pure function for the arguments it was last given, bounded to a fixed number of them: for
 * values that repeat from order to order (family names, given names) and cost a dictionary walk to work out.
 *
 * <p>Direct-mapped: each argument has one place, chosen by its hash, and the last argument worked out there holds
 * it. Memory is bounded with no bookkeeping, and a frequent argument pushed out by a rare one is back at its next
 * use. Thread-safe without a lock: an entry is immutable and its fields final, so a reader sees one whole or not at
 * all; two threads working out one argument at once both compute it, which a pure function allows. The function
 * must be pure and its results immutable, since they are handed to every caller.
 */
final class Memo<K, V> {

    private final Function<K, V> function;
    private final Entry<K, V>[] entries;
    private final int mask;

    /** A memo of {@code function} with room for {@code size} arguments, rounded up to a power of two. */
    @SuppressWarnings("unchecked")
    Memo(Function<K, V> function, int size) {
        if (size < 1 || size > 1 << 24) {
            throw new IllegalArgumentException("a memo holds 1 to 2^24 arguments, not " + size);
        }
        int places = Integer.highestOneBit(size);
        places = places < size ? places << 1 : places;
        this.function = function;
        this.entries = (Entry<K, V>[]) new Entry<?, ?>[places];
        this.mask = places - 1;
    }

    /** What the function gives for {@code argument} (not null). */
    V apply(K argument) {
        int hash = argument.hashCode();
        // Strings of one script share their low bits often enough to matter: mix the high bits in.
        int place = (hash ^ hash >>> 16) & mask;
        Entry<K, V> entry = entries[place];
        if (entry != null && entry.argument.equals(argument)) {
            return entry.result;
        }
        V result = function.apply(argument);
        entries[place] = new Entry<>(argument, result);
        return result;
    }

    private record Entry<K, V>(K argument, V result) {
    }
}
