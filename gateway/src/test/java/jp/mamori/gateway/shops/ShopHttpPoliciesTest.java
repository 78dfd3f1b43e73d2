package jp.mamori.gateway.shops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jp.mamori.connector.shophttp.ShopHttpPolicy;
import org.junit.jupiter.api.Test;

class ShopHttpPoliciesTest {

    private static final ShopHttpPolicy DEFAULTS = ShopHttpPolicy.defaults();

    @Test
    void aShopWithoutOverridesGetsTheDefaults() {
        assertThat(ShopHttpPolicies.of(null)).isEqualTo(DEFAULTS);
        assertThat(ShopHttpPolicies.of(new ShopConfig.Http(null, null, null, null))).isEqualTo(DEFAULTS);
    }

    @Test
    void eachOverrideReplacesItsDefaultAndNothingElse() {
        ShopHttpPolicy policy = ShopHttpPolicies.of(new ShopConfig.Http(null, 2, 20, 100));

        assertThat(policy.maxAttempts()).isEqualTo(2);
        assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(20));
        assertThat(policy.breakerOpenFor()).isEqualTo(Duration.ofMillis(100));
        assertThat(policy).usingRecursiveComparison()
                .ignoringFields("maxAttempts", "initialBackoff", "breakerOpenFor").isEqualTo(DEFAULTS);
    }

    @Test
    void aReadTimeoutAlsoBoundsTheWholeCallWithTheConnectTimeout() {
        ShopHttpPolicy policy = ShopHttpPolicies.of(new ShopConfig.Http(700, null, null, null));

        assertThat(policy.readTimeout()).isEqualTo(Duration.ofMillis(700));
        assertThat(policy.callTimeout()).isEqualTo(Duration.ofMillis(700).plus(DEFAULTS.connectTimeout()));
    }

    @Test
    void aFirstBackoffAboveTheDefaultCeilingBecomesTheCeiling() {
        assertThat(ShopHttpPolicies.of(new ShopConfig.Http(null, null, 30_000, null)).maxBackoff())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(ShopHttpPolicies.of(new ShopConfig.Http(null, null, 5_000, null)).maxBackoff())
                .isEqualTo(DEFAULTS.maxBackoff());
    }
}
