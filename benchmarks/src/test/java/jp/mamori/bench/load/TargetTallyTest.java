package jp.mamori.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TargetTallyTest {

    @Test
    void countsAnAnswerThatDidNotSucceedByItsStatusEvenA2xx() {
        TargetTally tally = new TargetTally();
        tally.sent();
        tally.sent();
        tally.answered(new Answer(200, true), 0, 2_000_000);
        tally.answered(new Answer(200, false), 0, 1_000_000);

        TargetResult result = tally.result("gateway", 0, Duration.ofSeconds(1));

        assertThat(result.succeeded()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.rejectedByStatus()).containsEntry(200, 1L);
        assertThat(result.p50Micros()).isBetween(1_990L, 2_010L);
    }

    @Test
    void onlyA2xxStatusSucceedsByItself() {
        assertThat(Answer.of(201).succeeded()).isTrue();
        assertThat(Answer.of(302).succeeded()).isFalse();
        assertThat(Answer.of(503).succeeded()).isFalse();
    }
}
