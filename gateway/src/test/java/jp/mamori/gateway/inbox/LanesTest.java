package jp.mamori.gateway.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LanesTest {

    private static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");
    private static final int ALL = Integer.MAX_VALUE;

    private static Work work(String id, String order, int secondsAfter, long version) {
        return new Work(id, "woocommerce", "kyoto-tea", order, "order.updated", T0.plusSeconds(secondsAfter), 1, version,
                false, null);
    }

    @Test
    void runsOneDeliveryPerOrderAtATimeAndAtMostConcurrencyInAll() {
        Lanes lanes = new Lanes(2, 10, Duration.ofMinutes(1));
        assertThat(lanes.offer(work("a1", "A", 0, 0))).isTrue();
        assertThat(lanes.offer(work("b1", "B", 2, 0))).isTrue();
        assertThat(lanes.offer(work("c1", "C", 3, 0))).isTrue();

        assertThat(lanes.start(ALL)).extracting(Work::id).containsExactly("a1", "b1");
        assertThat(lanes.offer(work("a2", "A", 1, 0))).isTrue();
        assertThat(lanes.start(ALL)).isEmpty();

        lanes.finish(work("a1", "A", 0, 0), 1L, T0);
        assertThat(lanes.start(ALL)).extracting(Work::id).containsExactly("c1");
        lanes.finish(work("b1", "B", 2, 0), 1L, T0);
        assertThat(lanes.start(ALL)).extracting(Work::id).containsExactly("a2");
    }

    @Test
    void keepsOnlyTheNewestWaitingDeliveryOfAnOrderAndNothingOlderThanTheRunningOne() {
        Lanes lanes = new Lanes(4, 10, Duration.ofMinutes(1));
        lanes.offer(work("v2", "A", 2, 0));
        assertThat(lanes.start(ALL)).extracting(Work::id).containsExactly("v2");

        assertThat(lanes.offer(work("v1", "A", 1, 0))).as("older than the running one").isFalse();
        assertThat(lanes.offer(work("v3", "A", 3, 0))).isTrue();
        assertThat(lanes.offer(work("v4", "A", 4, 0))).isTrue();
        assertThat(lanes.offer(work("v3", "A", 3, 0))).as("older than the waiting one").isFalse();
        assertThat(lanes.held()).isEqualTo(2);

        lanes.finish(work("v2", "A", 2, 0), 1L, T0);
        assertThat(lanes.start(ALL)).extracting(Work::id).containsExactly("v4");
    }

    @Test
    void aLookUpThatStillShowsAFinishedDeliveryIsIgnoredButItsNextVersionIsTaken() {
        Lanes lanes = new Lanes(1, 10, Duration.ofMinutes(1));
        Work arrived = work("d1", "A", 0, 0);
        lanes.offer(arrived);
        lanes.start(ALL);
        assertThat(lanes.offer(work("d1", "A", 0, 0))).as("held already").isFalse();

        lanes.finish(arrived, 1L, T0);
        assertThat(lanes.offer(work("d1", "A", 0, 0))).as("the look-up began before the finish").isFalse();
        assertThat(lanes.offer(work("d1", "A", 0, 1))).as("due again at the version the finish (a retry) wrote").isTrue();
    }

    @Test
    void forgetsFinishedDeliveriesAfterAWhileAndWhenTheirFinishWasNotWritten() {
        Lanes lanes = new Lanes(1, 10, Duration.ofMinutes(1));
        Work first = work("d1", "A", 0, 0);
        lanes.offer(first);
        lanes.start(ALL);
        lanes.finish(first, 1L, T0);
        Work other = work("d2", "B", 0, 0);
        lanes.offer(other);
        lanes.start(ALL);
        lanes.finish(other, null, T0.plus(Duration.ofMinutes(2)));

        assertThat(lanes.offer(work("d1", "A", 0, 0))).as("remembered no longer").isTrue();
        assertThat(lanes.offer(work("d2", "B", 0, 0))).as("its finish was not written: still pending").isTrue();
    }

    @Test
    void holdsNoMoreThanItsCapacityButAlwaysTakesANewerReplacement() {
        Lanes lanes = new Lanes(1, 2, Duration.ofMinutes(1));
        assertThat(lanes.offer(work("a1", "A", 0, 0))).isTrue();
        assertThat(lanes.offer(work("b1", "B", 0, 0))).isTrue();
        assertThat(lanes.room()).isZero();
        assertThat(lanes.offer(work("c1", "C", 0, 0))).isFalse();
        assertThat(lanes.offer(work("a2", "A", 1, 0))).as("replaces a1, which has not started").isTrue();
        assertThat(lanes.held()).isEqualTo(2);
    }

    @Test
    void startsNoMoreThanTheLimitOfTheMomentAndTheRestOnceItIsRaised() {
        Lanes lanes = new Lanes(4, 10, Duration.ofMinutes(1));
        lanes.offer(work("a1", "A", 0, 0));
        lanes.offer(work("b1", "B", 1, 0));
        lanes.offer(work("c1", "C", 2, 0));

        assertThat(lanes.start(1)).extracting(Work::id).containsExactly("a1");
        assertThat(lanes.start(1)).as("one runs already").isEmpty();
        assertThat(lanes.start(ALL)).extracting(Work::id).containsExactly("b1", "c1");
    }

    @Test
    void refusesToFinishWhatIsNotRunning() {
        Lanes lanes = new Lanes(1, 2, Duration.ofMinutes(1));
        lanes.offer(work("a1", "A", 0, 0));
        assertThatThrownBy(() -> lanes.finish(work("a1", "A", 0, 0), 1L, T0)).isInstanceOf(IllegalStateException.class);
    }
}
