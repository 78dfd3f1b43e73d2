package jp.mamori.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

    @Test
    void spacesArrivalsEvenlyAtTheRate() {
        ArrivalSchedule schedule = new ArrivalSchedule(500, Duration.ofSeconds(5), Duration.ofSeconds(30));

        assertThat(schedule.offsetNanos(0)).isZero();
        assertThat(schedule.offsetNanos(1)).isEqualTo(2_000_000);
        assertThat(schedule.offsetNanos(500)).isEqualTo(1_000_000_000);
    }

    @Test
    void sendsRateTimesWarmupPlusMeasuredAndMeasuresAfterTheWarmup() {
        ArrivalSchedule schedule = new ArrivalSchedule(500, Duration.ofSeconds(5), Duration.ofSeconds(30));

        assertThat(schedule.arrivals()).isEqualTo(17_500);
        assertThat(schedule.firstMeasured()).isEqualTo(2_500);
        assertThat(schedule.offsetNanos(schedule.firstMeasured())).isEqualTo(5_000_000_000L);
        assertThat(schedule.isMeasured(2_499)).isFalse();
        assertThat(schedule.isMeasured(2_500)).isTrue();
    }

    @Test
    void roundsToTheArrivalsThatStartInsideEachWindowWhenTheRateDoesNotDivide() {
        ArrivalSchedule schedule = new ArrivalSchedule(3, Duration.ofMillis(500), Duration.ofMillis(700));

        // Arrivals at 0, 333.3 ms, 666.7 ms and 1000 ms fall before 1200 ms; the first one at or after 500 ms is the third.
        assertThat(schedule.arrivals()).isEqualTo(4);
        assertThat(schedule.firstMeasured()).isEqualTo(2);
        assertThat(schedule.offsetNanos(1)).isEqualTo(333_333_333);
        assertThat(schedule.offsetNanos(2)).isEqualTo(666_666_666);
        assertThat(schedule.offsetNanos(3)).isEqualTo(1_000_000_000);
    }

    @Test
    void measuresEverythingWithoutAWarmupAndNothingWithoutAMeasuredWindow() {
        ArrivalSchedule noWarmup = new ArrivalSchedule(50, Duration.ZERO, Duration.ofSeconds(1));
        ArrivalSchedule warmupOnly = new ArrivalSchedule(50, Duration.ofSeconds(1), Duration.ZERO);

        assertThat(noWarmup.arrivals()).isEqualTo(50);
        assertThat(noWarmup.firstMeasured()).isZero();
        assertThat(warmupOnly.arrivals()).isEqualTo(50);
        assertThat(warmupOnly.firstMeasured()).isEqualTo(50);
    }
}
