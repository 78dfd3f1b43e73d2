package jp.mamori.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;

class InMemoryCardAttemptsTest {

    private static final Instant T = SampleOrders.NOON_JST;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final String DEVICE = "shop-tokyo-tea|c0ffee01";

    private final InMemoryCardAttempts attempts = new InMemoryCardAttempts(HOUR);

    @Test
    void givesEveryPartOfEachAttemptInTheWindowOldestFirst() {
        attempts.add(DEVICE, T.minus(Duration.ofMinutes(10)), new CardAttempt(454742, 1037, 980, 11, false));
        attempts.add(DEVICE, T.minus(Duration.ofMinutes(30)), new CardAttempt(454742, 1044, -1, 12, true));
        attempts.add(DEVICE, T.minus(Duration.ofMinutes(90)), new CardAttempt(356999, 4321, 6480, 13, false));

        assertThat(seen(DEVICE, T.minus(HOUR), T)).containsExactly(
                new CardAttempt(454742, 1044, -1, 12, true),
                new CardAttempt(454742, 1037, 980, 11, false));
    }

    @Test
    void anUnknownKeyGivesNothing() {
        assertThat(seen("shop-tokyo-tea|unknown", T.minus(HOUR), T)).isEmpty();
    }

    @Test
    void attemptsPastTheRetentionAreDroppedWhenTheKeyIsWritten() {
        attempts.add(DEVICE, T.minus(Duration.ofHours(3)), new CardAttempt(454742, 1, 1, 1, false));
        attempts.add(DEVICE, T, new CardAttempt(454742, 2, 2, 2, false));

        assertThat(attempts.size(DEVICE)).isEqualTo(1);
    }

    @Test
    void keysIdlePastTheRetentionAreDroppedAsTheStoreGrows() {
        int keys = 3 * InMemoryCardAttempts.MIN_KEYS_TO_SWEEP;
        for (int i = 0; i < keys; i++) {
            // One card order per device, a second apart: the first hour's devices fall behind the newest.
            attempts.add("shop-tokyo-tea|device-" + i, T.plusSeconds(i), new CardAttempt(454742, 1037, 980, i + 1, false));
        }
        Instant newest = T.plusSeconds(keys - 1);

        assertThat(attempts.keys()).as("a sweep ran").isLessThan(keys);
        assertThat(attempts.keys()).as("never more than twice what the last hour keeps")
                .isLessThanOrEqualTo(2 * Math.max(InMemoryCardAttempts.MIN_KEYS_TO_SWEEP, 3600));
        assertThat(attempts.size("shop-tokyo-tea|device-0")).isZero();
        for (int i = keys - 3600; i < keys; i++) {
            assertThat(seen("shop-tokyo-tea|device-" + i, newest.minus(HOUR), newest)).as("device %d, within the hour", i).hasSize(1);
        }
    }

    @Test
    void aKeyWrittenAgainAfterASweepCountsFromWhatIsInItsWindow() {
        attempts.add(DEVICE, T, new CardAttempt(454742, 1037, 980, 1, false));
        for (int i = 0; i < 2 * InMemoryCardAttempts.MIN_KEYS_TO_SWEEP; i++) {
            attempts.add("shop-tokyo-tea|device-" + i, T.plus(Duration.ofHours(2)), new CardAttempt(454742, 1037, 980, i + 2, false));
        }
        assertThat(attempts.size(DEVICE)).as("swept").isZero();

        attempts.add(DEVICE, T.plus(Duration.ofHours(2)), new CardAttempt(454742, 1038, 980, 99, false));

        assertThat(seen(DEVICE, T.plus(HOUR), T.plus(Duration.ofHours(2)))).containsExactly(new CardAttempt(454742, 1038, 980, 99, false));
    }

    @Test
    void aKeyKeepsItsNewestAttemptsUpToTheBound() {
        for (int i = 0; i < InMemoryCardAttempts.MAX_ATTEMPTS + 40; i++) {
            attempts.add(DEVICE, T.plusMillis(i), new CardAttempt(454742, i % 10_000, 100, i + 1, true));
        }

        assertThat(attempts.size(DEVICE)).isEqualTo(InMemoryCardAttempts.MAX_ATTEMPTS);
        assertThat(seen(DEVICE, T.minus(HOUR), T.plus(HOUR)).get(0).card()).isEqualTo(41);
    }

    @Test
    void hugeAmountsAreCappedNotWrapped() {
        attempts.add(DEVICE, T, new CardAttempt(454742, 1037, 9_000_000_000L, 1, false));

        assertThat(seen(DEVICE, T.minus(HOUR), T).get(0).amountYen()).isEqualTo(Integer.MAX_VALUE);
    }

    private List<CardAttempt> seen(String key, Instant from, Instant to) {
        List<CardAttempt> seen = new ArrayList<>();
        attempts.forEach(key, from, to, (bin, last4, yen, card, declined) -> seen.add(new CardAttempt(bin, last4, yen, card, declined)));
        return seen;
    }
}
