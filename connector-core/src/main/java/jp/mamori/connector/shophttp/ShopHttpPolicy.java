package jp.mamori.connector.shophttp;

import java.time.Duration;

/**
 * How hard a bridge tries to reach one shop. Retries back off exponentially with jitter and wait
 * what a 429 or 503's {@code Retry-After} asks for, up to {@code maxRetryAfter}; a longer wait gives
 * up at once so the inbox can retry later instead of holding a worker. The circuit breaker opens when
 * {@code breakerFailureRate} percent of the last {@code breakerWindow} calls failed for a reason a retry
 * could fix, and lets one call through after {@code breakerOpenFor}.
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
        Duration maxRetryAfter,
        int breakerWindow,
        float breakerFailureRate,
        Duration breakerOpenFor) {

    /**
     * WooCommerce and EC-CUBE mostly live on shared hosting, which answers in seconds when it answers
     * at all: a 5 s connect and 20 s read budget, four attempts over roughly half a minute, a
     * {@code Retry-After} up to a minute waited out in the call, and a breaker that rests a minute.
     */
    public static ShopHttpPolicy defaults() {
        return new ShopHttpPolicy(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(30),
                4, Duration.ofSeconds(1), 2.0, 0.5, Duration.ofSeconds(15), Duration.ofSeconds(60),
                10, 50f, Duration.ofSeconds(60));
    }
}
