package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Map;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderVelocityCheckTest {

    private static final VelocityRule PER_HOUR = new VelocityRule(ReasonCode.VELOCITY_EMAIL_1H, IdentityKind.EMAIL, Duration.ofHours(1), 3);
    private static final VelocityRule PER_DAY = new VelocityRule(ReasonCode.VELOCITY_EMAIL_24H, IdentityKind.EMAIL, Duration.ofHours(24), 5);

    private final OrderVelocityCheck check = new OrderVelocityCheck(List.of(PER_HOUR, PER_DAY));

    @ParameterizedTest(name = "{0} orders in the hour, limit 3 -> fires: {1}")
    @CsvSource({
            "1, false",
            "3, false",
            "4, true",
            "12, true",
    })
    void firesOnlyAboveTheLimit(int ordersInHour, boolean fires) {
        List<Finding> findings = inspect(Map.of(PER_HOUR, ordersInHour));

        if (fires) {
            assertThat(findings).containsExactly(Finding.of(ReasonCode.VELOCITY_EMAIL_1H, ordersInHour, 3));
        } else {
            assertThat(findings).isEmpty();
        }
    }

    @Test
    void oneOverTheLimitGivesTheCountAndTheLimitInBothLanguages() {
        Finding finding = inspect(Map.of(PER_HOUR, 4)).get(0);

        assertThat(finding.message()).isEqualTo("4 orders with this email address within one hour (limit 3).");
        assertThat(finding.messageJa()).isEqualTo("同じメールアドレスで1時間以内に4件の注文があります（上限3件）。");
    }

    @Test
    void theDailyLimitGivesItsOwnReason() {
        Finding finding = inspect(Map.of(PER_HOUR, 2, PER_DAY, 6)).get(0);

        assertThat(finding).isEqualTo(Finding.of(ReasonCode.VELOCITY_EMAIL_24H, 6, 5));
        assertThat(finding.message()).isEqualTo("6 orders with this email address within 24 hours (limit 5).");
        assertThat(finding.messageJa()).isEqualTo("同じメールアドレスで24時間以内に6件の注文があります（上限5件）。");
    }

    @Test
    void everyRuleOverItsLimitGivesAFindingInPolicyOrder() {
        assertThat(inspect(Map.of(PER_DAY, 9, PER_HOUR, 7))).containsExactly(
                Finding.of(ReasonCode.VELOCITY_EMAIL_1H, 7, 3),
                Finding.of(ReasonCode.VELOCITY_EMAIL_24H, 9, 5));
    }

    @Test
    void saysNothingWhenNoCountWasGathered() {
        // an order without an email address has no identity to count
        assertThat(inspect(Map.of())).isEmpty();
    }

    private List<Finding> inspect(Map<VelocityRule, Integer> counts) {
        return Evidences.inspect(check, Evidences.withCounts(SampleOrders.order().build(), counts));
    }
}
