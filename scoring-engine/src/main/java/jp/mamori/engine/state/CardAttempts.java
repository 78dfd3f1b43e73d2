package jp.mamori.engine.state;

import java.time.Instant;

/**
 * The card payments tried under one key (a device, an IP address or an email of one merchant), with what
 * card-testing checks need of each: the BIN's first six digits, the last four digits, the amount and whether
 * the PSP declined it. Velocity counts how many; this keeps which, over a short window.
 */
public interface CardAttempts {

    /** Remembers one attempt under {@code key} at {@code at}. */
    void add(String key, Instant at, CardAttempt attempt);

    /** Gives each attempt under {@code key} at {@code from < t <= to}, oldest first. */
    void forEach(String key, Instant from, Instant to, Visitor visitor);

    /** Receives attempts without a record per attempt: card checks run on every order. */
    @FunctionalInterface
    interface Visitor {
        void attempt(int bin6, int last4, long amountYen, long card, boolean declined);
    }
}
