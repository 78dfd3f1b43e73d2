package jp.mamori.gateway.shops;

import java.time.Duration;

import jp.mamori.connector.shophttp.ShopHttpPolicy;

/** How hard Mamori tries to reach a shop of any platform: the defaults, with what the shop's settings override. */
public final class ShopHttpPolicies {

    private ShopHttpPolicies() {
    }

    /**
     * {@code overrides} null keeps every default. A read timeout also bounds the whole call, at the read
     * timeout plus the connect timeout; a first backoff longer than the default ceiling becomes the ceiling.
     */
    public static ShopHttpPolicy of(ShopConfig.Http overrides) {
        ShopHttpPolicy d = ShopHttpPolicy.defaults();
        if (overrides == null) {
            return d;
        }
        Duration readTimeout = overrides.timeoutMs() == null ? d.readTimeout() : Duration.ofMillis(overrides.timeoutMs());
        Duration initialBackoff = overrides.initialBackoffMs() == null
                ? d.initialBackoff() : Duration.ofMillis(overrides.initialBackoffMs());
        return new ShopHttpPolicy(d.connectTimeout(), readTimeout,
                overrides.timeoutMs() == null ? d.callTimeout() : readTimeout.plus(d.connectTimeout()),
                overrides.maxAttempts() == null ? d.maxAttempts() : overrides.maxAttempts(),
                initialBackoff, d.backoffMultiplier(), d.jitter(),
                initialBackoff.compareTo(d.maxBackoff()) > 0 ? initialBackoff : d.maxBackoff(), d.maxRetryAfter(),
                d.breakerWindow(), d.breakerFailureRate(),
                overrides.breakerOpenForMs() == null ? d.breakerOpenFor() : Duration.ofMillis(overrides.breakerOpenForMs()));
    }
}
