package jp.mamori.gateway.psp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** When the fallback is due: before the caller's deadline, by a margin kept for the answer's way back. */
class AuthorizationDeadlineTest {

    @Test
    void theFallbackIsDueATenthOfTheDeadlineEarlyAndAtMost15Ms() {
        long now = System.nanoTime();

        assertThat(AuthorizationService.left(Duration.ofMillis(200), now)).isBetween(Duration.ofMillis(170), Duration.ofMillis(185));
        assertThat(AuthorizationService.left(Duration.ofMillis(50), now)).isBetween(Duration.ofMillis(30), Duration.ofMillis(45));
        assertThat(AuthorizationService.left(Duration.ofMillis(2_000), now))
                .isBetween(Duration.ofMillis(1_970), Duration.ofMillis(1_985));
    }

    @Test
    void aDeadlineUsedUpBeforeTheHandlerGotTheRequestIsDueAtOnce() {
        long arrivedLongAgo = System.nanoTime() - Duration.ofMillis(300).toNanos();

        assertThat(AuthorizationService.left(Duration.ofMillis(200), arrivedLongAgo)).isZero();
    }
}
