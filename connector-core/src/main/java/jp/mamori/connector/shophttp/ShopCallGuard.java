package jp.mamori.connector.shophttp;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * The retry and the circuit breaker of one shop, so that one shop on a failing host slows nobody else.
 * A {@link ShopCallException#retryable() retryable} failure is tried again with exponential backoff and
 * jitter, or after the shop's {@code Retry-After} when it asked for no more than the policy's
 * {@code maxRetryAfter}. Permanent failures (401, 404…) are never retried and never count against the
 * breaker, because the shop itself is up.
 */
public final class ShopCallGuard {

    private final String shopId;
    private final Retry retry;
    private final CircuitBreaker breaker;

    /** {@code platform} and {@code shopId} name the retry and the breaker ({@code woocommerce-shibuya-tea}). */
    public ShopCallGuard(String platform, String shopId, ShopHttpPolicy policy) {
        this.shopId = shopId;
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(policy.initialBackoff(),
                policy.backoffMultiplier(), policy.jitter(), policy.maxBackoff());
        this.retry = Retry.of(platform + "-" + shopId, RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalBiFunction((attempt, outcome) -> {
                    Duration asked = outcome.isLeft() && outcome.getLeft() instanceof ShopCallException e ? e.retryAfter() : null;
                    return asked != null ? asked.toMillis() : backoff.apply(attempt);
                })
                // A longer Retry-After gives up at once: the inbox waits instead, without holding a worker.
                .retryOnException(e -> e instanceof ShopCallException call && call.retryable()
                        && (call.retryAfter() == null || call.retryAfter().compareTo(policy.maxRetryAfter()) <= 0))
                .build());
        this.breaker = CircuitBreaker.of(platform + "-" + shopId, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.breakerWindow())
                .minimumNumberOfCalls(policy.breakerWindow())
                .failureRateThreshold(policy.breakerFailureRate())
                .waitDurationInOpenState(policy.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof ShopCallException call && call.retryable())
                .build());
    }

    /**
     * Runs {@code call}, each attempt through the breaker. While the breaker is open the shop is not
     * called and the answer is a retryable failure, so the delivery goes to the dead letters for replay.
     */
    public <T> T call(Supplier<T> call) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
        } catch (CallNotPermittedException e) {
            throw new ShopCallException("the circuit for shop " + shopId + " is open: its API failed repeatedly", true, 0);
        }
    }

    /** The shop's breaker, for metrics and for the admin's view of the shop. */
    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    /** The shop's retry, whose events say how long each wait was. */
    public Retry retry() {
        return retry;
    }
}
