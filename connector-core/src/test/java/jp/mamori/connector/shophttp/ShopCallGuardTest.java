package jp.mamori.connector.shophttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

class ShopCallGuardTest {

    /** Three attempts 10 ms apart (± 50 %), Retry-After waited up to 200 ms, a breaker over four calls resting 100 ms. */
    private static final ShopHttpPolicy FAST = new ShopHttpPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(2), 3, Duration.ofMillis(10), 2.0, 0.5, Duration.ofMillis(40), Duration.ofMillis(200),
            4, 50f, Duration.ofMillis(100));
    /** One attempt a call, so that each failing call counts once in the breaker's window. */
    private static final ShopHttpPolicy SINGLE_ATTEMPT = new ShopHttpPolicy(FAST.connectTimeout(), FAST.readTimeout(),
            FAST.callTimeout(), 1, FAST.initialBackoff(), FAST.backoffMultiplier(), FAST.jitter(), FAST.maxBackoff(),
            FAST.maxRetryAfter(), FAST.breakerWindow(), FAST.breakerFailureRate(), FAST.breakerOpenFor());

    private static final ShopCallException SHOP_DOWN = new ShopCallException("PUT /orders/5124 answered 503", true, 503);
    private static final ShopCallException ORDER_GONE = new ShopCallException("PUT /orders/5124 answered 404", false, 404);

    /** A call to the shop that fails with each of {@code failures} in turn, then answers "ok", counting attempts. */
    private static final class Shop implements Supplier<String> {
        private final List<ShopCallException> failures;
        private final AtomicInteger attempts = new AtomicInteger();

        Shop(ShopCallException... failures) {
            this.failures = List.of(failures);
        }

        @Override
        public String get() {
            int attempt = attempts.getAndIncrement();
            if (attempt < failures.size()) {
                throw failures.get(attempt);
            }
            return "ok";
        }
    }

    private static List<Duration> waitsOf(ShopCallGuard guard) {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        guard.retry().getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));
        return waits;
    }

    @Test
    void aRetryableFailureIsRetriedWithTheJitteredBackoff() {
        ShopCallGuard guard = new ShopCallGuard("woocommerce", "shibuya-tea", FAST);
        List<Duration> waits = waitsOf(guard);
        Shop shop = new Shop(SHOP_DOWN);

        assertThat(guard.call(shop)).isEqualTo("ok");

        assertThat(shop.attempts).hasValue(2);
        assertThat(waits).singleElement().satisfies(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(5), Duration.ofMillis(15)));
    }

    @Test
    void theShopsRetryAfterIsWaitedOutInsteadOfTheBackoff() {
        ShopCallGuard guard = new ShopCallGuard("ec-cube", "sapporo-kitchen", FAST);
        List<Duration> waits = waitsOf(guard);
        Shop shop = new Shop(new ShopCallException("POST /api (order) answered 429", true, 429, Duration.ofMillis(150)));

        assertThat(guard.call(shop)).isEqualTo("ok");

        assertThat(waits).containsExactly(Duration.ofMillis(150));
    }

    @Test
    void aRetryAfterLongerThanThePolicysLimitGivesUpAtOnceForTheInboxToRetryLater() {
        ShopCallGuard guard = new ShopCallGuard("woocommerce", "shibuya-tea", FAST);
        Shop shop = new Shop(new ShopCallException("PUT /orders/5124 answered 503", true, 503, Duration.ofHours(1)));

        assertThatThrownBy(() -> guard.call(shop)).isInstanceOfSatisfying(ShopCallException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
        });
        assertThat(shop.attempts).hasValue(1);
    }

    @Test
    void aShopDownForEveryAttemptEndsInItsLastRetryableFailure() {
        ShopCallGuard guard = new ShopCallGuard("woocommerce", "shibuya-tea", FAST);
        Shop shop = new Shop(SHOP_DOWN, SHOP_DOWN, SHOP_DOWN, SHOP_DOWN);

        assertThatThrownBy(() -> guard.call(shop)).isSameAs(SHOP_DOWN);
        assertThat(shop.attempts).hasValue(FAST.maxAttempts());
    }

    @Test
    void aPermanentFailureIsNeverRetried() {
        ShopCallGuard guard = new ShopCallGuard("woocommerce", "shibuya-tea", FAST);
        Shop shop = new Shop(ORDER_GONE);

        assertThatThrownBy(() -> guard.call(shop)).isSameAs(ORDER_GONE);
        assertThat(shop.attempts).hasValue(1);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndHalfOpensLater() throws InterruptedException {
        ShopCallGuard guard = new ShopCallGuard("woocommerce", "shibuya-tea", SINGLE_ATTEMPT);
        Shop down = new Shop(SHOP_DOWN, SHOP_DOWN, SHOP_DOWN, SHOP_DOWN);
        for (int i = 0; i < SINGLE_ATTEMPT.breakerWindow(); i++) {
            assertThatThrownBy(() -> guard.call(down)).isSameAs(SHOP_DOWN);
        }
        assertThat(guard.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        // Open: the shop is not even called, and the caller gets a failure it can dead-letter.
        assertThatThrownBy(() -> guard.call(down)).isInstanceOfSatisfying(ShopCallException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).isEqualTo("the circuit for shop shibuya-tea is open: its API failed repeatedly");
        });
        assertThat(down.attempts).hasValue(4);

        Thread.sleep(SINGLE_ATTEMPT.breakerOpenFor().multipliedBy(2).toMillis());
        assertThat(guard.call(down)).isEqualTo("ok");
        assertThat(guard.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void permanentFailuresDoNotOpenTheCircuit() {
        ShopCallGuard guard = new ShopCallGuard("woocommerce", "shibuya-tea", SINGLE_ATTEMPT);
        Shop gone = new Shop(ORDER_GONE, ORDER_GONE, ORDER_GONE, ORDER_GONE, ORDER_GONE, ORDER_GONE);
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> guard.call(gone)).isSameAs(ORDER_GONE);
        }
        assertThat(guard.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(gone.attempts).hasValue(6);
    }

    @Test
    void theRetryAndTheBreakerAreNamedForThePlatformAndTheShop() {
        ShopCallGuard guard = new ShopCallGuard("ec-cube", "sapporo-kitchen", FAST);
        assertThat(guard.retry().getName()).isEqualTo("ec-cube-sapporo-kitchen");
        assertThat(guard.circuitBreaker().getName()).isEqualTo("ec-cube-sapporo-kitchen");
    }
}
