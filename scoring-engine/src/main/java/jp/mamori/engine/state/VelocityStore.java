package jp.mamori.engine.state;

import java.time.Instant;

/** Counts events per key over time windows: the memory behind every velocity check. */
public interface VelocityStore {

    /** Remembers one event for {@code key} at {@code at}. */
    void add(String key, Instant at);

    /** Events for {@code key} with {@code from < t <= to}. */
    int count(String key, Instant from, Instant to);
}
