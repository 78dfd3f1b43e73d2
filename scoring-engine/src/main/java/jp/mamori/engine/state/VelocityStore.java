package jp.mamori.engine.state;

import java.time.Instant;

/**
 * Counts events per key over time windows: the memory behind every velocity check. Besides plain events,
 * a key can hold members (the cards seen on a device) whose different values are counted.
 */
public interface VelocityStore {

    /** Remembers one event for {@code key} at {@code at}. */
    void add(String key, Instant at);

    /** Events for {@code key} with {@code from < t <= to}. */
    int count(String key, Instant from, Instant to);

    /**
     * Events for {@code key} in each window {@code froms[i] < t <= to}, as {@link #count(String, Instant, Instant)}
     * gives them one by one: the rules of one identity (within an hour, within a day) read the same key, which a
     * store may then look up once.
     */
    default int[] count(String key, Instant[] froms, Instant to) {
        int[] counts = new int[froms.length];
        for (int i = 0; i < froms.length; i++) {
            counts[i] = count(key, froms[i], to);
        }
        return counts;
    }

    /** Remembers that {@code member} was seen with {@code key} at {@code at}. */
    void addDistinct(String key, String member, Instant at);

    /**
     * Different members seen with {@code key} at {@code from < t <= to}, with {@code candidate} counted
     * as one of them (the order being assessed, not yet remembered); {@code null} for none.
     */
    int countDistinct(String key, Instant from, Instant to, String candidate);
}
