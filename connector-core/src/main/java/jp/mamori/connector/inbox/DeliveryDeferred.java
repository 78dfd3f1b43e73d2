package jp.mamori.connector.inbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A delivery that cannot be handled yet for a reason outside the shop's and Mamori's network (the shop
 * must first be connected again by a person): it waits in the inbox for {@code delay} and is tried again
 * without spending an attempt of its {@link RetrySchedule}, so a long wait never dead-letters it. The
 * message is stored and shown to integrators, so it must hold no secret.
 */
public class DeliveryDeferred extends RuntimeException {

    private final Duration delay;

    public DeliveryDeferred(String message, Duration delay) {
        super(message, null, false, false);
        this.delay = Objects.requireNonNull(delay, "delay");
    }

    /** How long to wait before trying again. */
    public Duration delay() {
        return delay;
    }
}
