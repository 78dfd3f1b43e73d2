package jp.mamori.gateway.psp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** When the fallback is due: before the caller's deadline, by a margin kept for the answer's way back. */
class AuthorizationDeadlineTest {

    private static final long ARRIVED = 1_000_000_000L;

    private static Duration left(long deadlineMs, long waitedMs) {
        return AuthorizationService.left(Duration.ofMillis(deadlineMs), ARRIVED, ARRIVED + Duration.ofMillis(waitedMs).toNanos());
    }

    @Test
    void theFallbackIsDueATenthOfTheDeadlineEarlyAndAtMost15Ms() {
        assertThat(left(200, 0)).isEqualTo(Duration.ofMillis(185));
        assertThat(left(50, 0)).isEqualTo(Duration.ofMillis(45));
        assertThat(left(2_000, 0)).isEqualTo(Duration.ofMillis(1_985));
        assertThat(left(1, 0)).isEqualTo(Duration.ofNanos(900_000));
    }

    @Test
    void whatTheRequestWaitedBeforeItsHandlerCountsAgainstIt() {
        assertThat(left(200, 30)).isEqualTo(Duration.ofMillis(155));
        assertThat(left(200, 185)).isZero();
        assertThat(left(200, 300)).isZero();
    }
}
