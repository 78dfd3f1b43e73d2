package jp.mamori.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatestDeclinesTest {

    private final LatestDeclines declines = new LatestDeclines();

    @Test
    void aMerchantWithoutDeclinesHasNoneAfterAnyTime() {
        assertThat(declines.anyAfter("shop-tokyo-tea", Long.MIN_VALUE)).isFalse();
    }

    @Test
    void aDeclineCountsAfterTimesBeforeItOnly() {
        declines.add("shop-tokyo-tea", 1_000);

        assertThat(declines.anyAfter("shop-tokyo-tea", 999)).isTrue();
        assertThat(declines.anyAfter("shop-tokyo-tea", 1_000)).as("windows exclude their start").isFalse();
        assertThat(declines.anyAfter("shop-osaka-sweets", 0)).as("another merchant's").isFalse();
    }

    @Test
    void theLatestStaysWhenAnOlderDeclineArrivesLate() {
        declines.add("shop-tokyo-tea", 5_000);
        declines.add("shop-tokyo-tea", 1_000);

        assertThat(declines.anyAfter("shop-tokyo-tea", 4_000)).isTrue();
    }
}
