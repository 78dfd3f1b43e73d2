package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManyDistinctIdentitiesCheckTest {

    private static final DistinctRule CARDS_PER_DEVICE = new DistinctRule(ReasonCode.CARD_TESTING_DISTINCT_CARDS_DEVICE,
            IdentityKind.DEVICE, IdentityKind.CARD, Duration.ofHours(1), 3);
    private static final DistinctRule CARDS_PER_IP = new DistinctRule(ReasonCode.CARD_TESTING_DISTINCT_CARDS_IP,
            IdentityKind.IP, IdentityKind.CARD, Duration.ofHours(1), 5);

    private final ManyDistinctIdentitiesCheck check = new ManyDistinctIdentitiesCheck(List.of(CARDS_PER_DEVICE, CARDS_PER_IP));

    @ParameterizedTest(name = "{0} cards on the device, limit 3 -> fires: {1}")
    @CsvSource({"1, false", "3, false", "4, true", "17, true"})
    void firesOnlyAboveTheLimit(int cards, boolean fires) {
        List<Finding> findings = inspect(Map.of(CARDS_PER_DEVICE, cards));

        if (fires) {
            assertThat(findings).containsExactly(Finding.of(ReasonCode.CARD_TESTING_DISTINCT_CARDS_DEVICE, cards, 3));
        } else {
            assertThat(findings).isEmpty();
        }
    }

    @Test
    void everyRuleOverItsLimitGivesAFindingInPolicyOrder() {
        assertThat(inspect(Map.of(CARDS_PER_IP, 8, CARDS_PER_DEVICE, 6))).containsExactly(
                Finding.of(ReasonCode.CARD_TESTING_DISTINCT_CARDS_DEVICE, 6, 3),
                Finding.of(ReasonCode.CARD_TESTING_DISTINCT_CARDS_IP, 8, 5));
    }

    @Test
    void theMessageSaysCardsAreBeingTested() {
        Finding finding = inspect(Map.of(CARDS_PER_DEVICE, 4)).get(0);

        assertThat(finding.message()).isEqualTo("4 different cards used from this device within one hour (limit 3): cards being tested.");
        assertThat(finding.messageJa()).startsWith("同じ端末から1時間以内に4枚の異なるカードが使われています（上限3枚）。");
    }

    @Test
    void saysNothingWhenNothingWasCounted() {
        assertThat(inspect(Map.of())).isEmpty();
    }

    private List<Finding> inspect(Map<DistinctRule, Integer> counts) {
        return Evidences.inspect(check, Evidences.withDistinctCounts(SampleOrders.order().build(), counts));
    }
}
