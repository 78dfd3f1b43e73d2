package jp.mamori.connector.inbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential backoff from {@code initialDelay}, capped at
 * {@code maxDelay}, with "equal jitter" (half the delay fixed, half random) so that a shop coming
 * back up is not hit by every waiting delivery at the same instant. After {@code maxAttempts}
 * attempts the delivery is dead-lettered.
 */
public record RetrySchedule(Duration initialDelay, Duration maxDelay, int maxAttempts) {

    /** One try and seven retries over about an hour: outlasts a shop's restart or a short outage. */
    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(2), Duration.ofMinutes(15), 8);

    public RetrySchedule {
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay and maxAttempts >= 1");
        }
    }

    /** Whether a delivery that has failed {@code attempts} times may be tried again. */
    public boolean allowsAnotherAttempt(int attempts) {
        return attempts < maxAttempts;
    }

    /** How long to wait after the {@code attempts}-th failed attempt (1-based). */
    public Duration delayAfter(int attempts, RandomGenerator random) {
        long initial = initialDelay.toMillis();
        int doublings = Math.min(Math.max(attempts - 1, 0), 40);
        long exponential = initial << Math.min(doublings, Long.numberOfLeadingZeros(initial) - 1);
        long capped = Math.min(exponential, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
