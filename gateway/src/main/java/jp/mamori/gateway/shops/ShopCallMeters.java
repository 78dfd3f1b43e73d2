package jp.mamori.gateway.shops;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.MeterRegistry;

/** The metrics every platform's shop client reports: its retries and its circuit breaker's transitions. */
public final class ShopCallMeters {

    private ShopCallMeters() {
    }

    /**
     * Counters, not gauges: a reconnected shop gets a new breaker, and a counter carries on across it.
     */
    public static void watch(MeterRegistry meters, String platform, String shop, Retry retry, CircuitBreaker breaker) {
        retry.getEventPublisher().onRetry(event ->
                meters.counter("mamori.shop.retries", "platform", platform, "shop", shop).increment());
        breaker.getEventPublisher().onStateTransition(event ->
                meters.counter("mamori.shop.circuit.transitions", "platform", platform, "shop", shop,
                        "to", event.getStateTransition().getToState().name()).increment());
    }
}
