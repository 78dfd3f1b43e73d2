package jp.mamori.eccube;

import java.time.Duration;

/**
 * How hard the bridge tries to reach one EC-CUBE shop: timeouts, attempts with exponential backoff and
 * jitter, and a circuit breaker that opens when {@code breakerFailureRate} percent of the last
 * {@code breakerWindow} calls failed for a reason a retry could fix, resting {@code breakerOpenFor}.
 */
public record ShopHttpPolicy(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        int maxAttempts,
        Duration initialBackoff,
        double backoffMultiplier,
        double jitter,
        Duration maxBackoff,
        int breakerWindow,
        float breakerFailureRate,
        Duration breakerOpenFor,
        Duration maxRetryAfter) {

    /** A {@code Retry-After} up to a minute is waited out in the call; a longer one leaves the wait to the inbox. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    public ShopHttpPolicy(Duration connectTimeout, Duration readTimeout, Duration callTimeout, int maxAttempts,
            Duration initialBackoff, double backoffMultiplier, double jitter, Duration maxBackoff, int breakerWindow,
            float breakerFailureRate, Duration breakerOpenFor) {
        this(connectTimeout, readTimeout, callTimeout, maxAttempts, initialBackoff, backoffMultiplier, jitter, maxBackoff,
                breakerWindow, breakerFailureRate, breakerOpenFor, MAX_RETRY_AFTER);
    }

    /** EC-CUBE on shared hosting: a 5 s connect and 20 s read budget, four attempts, a breaker that rests a minute. */
    public static ShopHttpPolicy defaults() {
        return new ShopHttpPolicy(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(30),
                4, Duration.ofSeconds(1), 2.0, 0.5, Duration.ofSeconds(15), 10, 50f, Duration.ofSeconds(60));
    }
}
