package jp.mamori.gateway.eccube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class EcCubePropertiesTest {

    @Test
    void theFirstPollOfAShopLooksBackADayAndReadsAHundredOrdersARequestUnlessToldOtherwise() {
        EcCubeProperties defaults = new EcCubeProperties(null, null, null, null, null, null);
        assertThat(defaults.reconcileBackfill()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.reconcilePageSize()).isEqualTo(100);
        assertThat(new EcCubeProperties(null, null, Duration.ZERO, 25, null, null).reconcileBackfill()).isZero();
    }

    @Test
    void aBackfillIntoTheFutureOrAnEmptyPageIsRefusedAtStart() {
        assertThatThrownBy(() -> new EcCubeProperties(null, null, Duration.ofHours(-1), null, null, null))
                .hasMessageContaining("reconcile-backfill");
        assertThatThrownBy(() -> new EcCubeProperties(null, null, null, 0, null, null))
                .hasMessageContaining("reconcile-page-size");
    }
}
