package jp.mamori.connector.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(2), Duration.ofMinutes(15), 8);

    @ParameterizedTest(name = "after attempt {0}: between {1} and {2} ms")
    @CsvSource({
            "1, 1000, 2000",
            "2, 2000, 4000",
            "3, 4000, 8000",
            "9, 256000, 512000",
            "10, 450000, 900000",
            "60, 450000, 900000"})
    void delaysDoubleWithJitterUpToTheCap(int attempts, long min, long max) {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            assertThat(schedule.delayAfter(attempts, random).toMillis()).isBetween(min, max);
        }
    }

    @Test
    void jitterSpreadsDeliveriesThatFailedTogether() {
        Random random = new Random(11);
        Set<Duration> delays = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            delays.add(schedule.delayAfter(4, random));
        }
        assertThat(delays).hasSizeGreaterThan(40);
    }

    @Test
    void stopsAfterTheLastAttempt() {
        assertThat(schedule.allowsAnotherAttempt(7)).isTrue();
        assertThat(schedule.allowsAnotherAttempt(8)).isFalse();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofSeconds(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(2), Duration.ofSeconds(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
