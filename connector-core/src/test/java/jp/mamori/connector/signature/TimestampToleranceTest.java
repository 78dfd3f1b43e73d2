package jp.mamori.connector.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampToleranceTest {

    /** Mid-second on purpose: senders sign whole seconds. */
    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00.750Z");
    private static final long NOW_SECONDS = NOW.getEpochSecond();

    @ParameterizedTest(name = "signed {0} s from now, tolerance {1} s -> {2}")
    @CsvSource({
            "0,    300, true",
            "-300, 300, true",
            "300,  300, true",
            "-301, 300, false",
            "301,  300, false",
            "-86400, 300, false",
            "86400,  300, false",
            "0,    0,   true",
            "-1,   0,   false",
            "1,    0,   false",
    })
    void allowsSkewInBothDirectionsUpToTheTolerance(long offset, long toleranceSeconds, boolean allowed) {
        assertThat(TimestampTolerance.allows(NOW_SECONDS + offset, NOW, Duration.ofSeconds(toleranceSeconds)))
                .isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"-9223372036854775808", "9223372036854775807", "-31557014167219201", "31556889864403200"})
    void refusesTimestampsNoInstantCanHold(long signedAt) {
        assertThat(TimestampTolerance.allows(signedAt, NOW, Duration.ofDays(365_000))).isFalse();
    }
}
