package jp.mamori.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LatestDeclinesTest {

    private static final Instant T = Instant.parse("2026-11-25T03:00:00Z");

    private final LatestDeclines declines = new LatestDeclines();

    @Test
    void aMerchantWithoutDeclinesHasNoneAfterAnyTime() {
        assertThat(declines.anyAfter("shop-tokyo-tea", Instant.MIN)).isFalse();
    }

    @Test
    void aDeclineCountsAfterTimesBeforeItOnly() {
        declines.add("shop-tokyo-tea", T);

        assertThat(declines.anyAfter("shop-tokyo-tea", T.minusNanos(1))).as("to the nanosecond").isTrue();
        assertThat(declines.anyAfter("shop-tokyo-tea", T)).as("windows exclude their start").isFalse();
        assertThat(declines.anyAfter("shop-osaka-sweets", Instant.MIN)).as("another merchant's").isFalse();
    }

    @Test
    void theLatestStaysWhenAnOlderDeclineArrivesLate() {
        declines.add("shop-tokyo-tea", T.plusSeconds(5));
        declines.add("shop-tokyo-tea", T);

        assertThat(declines.anyAfter("shop-tokyo-tea", T.plusSeconds(4))).isTrue();
    }
}
