package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    private static final VelocityRule PER_HOUR = new VelocityRule(ReasonCode.VELOCITY_EMAIL_1H, IdentityKind.EMAIL, Duration.ofHours(1), 3);

    @Test
    void countsGatheredLaterDoNotLeakIntoEvidenceAlreadyTaken() {
        Map<VelocityRule, Integer> counts = new HashMap<>(Map.of(PER_HOUR, 2));
        Evidence evidence = Evidences.withCounts(SampleOrders.order().build(), counts);

        counts.put(PER_HOUR, 9);

        assertThat(evidence.orderCounts()).containsExactly(Map.entry(PER_HOUR, 2));
    }

    @Test
    void checksCannotChangeTheCounts() {
        Evidence evidence = Evidences.withCounts(SampleOrders.order().build(), Map.of(PER_HOUR, 2));

        assertThatThrownBy(() -> evidence.orderCounts().put(PER_HOUR, 0))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
