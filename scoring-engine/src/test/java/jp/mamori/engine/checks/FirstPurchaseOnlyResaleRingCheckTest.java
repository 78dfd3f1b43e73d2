package jp.mamori.engine.checks;

import static jp.mamori.engine.checks.FirstPurchaseOnlyRepeatCheckTest.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.api.Test;

class FirstPurchaseOnlyResaleRingCheckTest {

    private final FirstPurchaseOnlyResaleRingCheck check = new FirstPurchaseOnlyResaleRingCheck();

    @Test
    void aSecondPurchaseIsARepeatNotYetARing() {
        assertThat(inspect(repeat("お試しセット", EnumSet.of(IdentityKind.ADDRESS), 1))).isEmpty();
    }

    @Test
    void aThirdPurchaseOrMoreByLinkedBuyersIsARing() {
        Finding finding = inspect(repeat("お試しセット", EnumSet.of(IdentityKind.ADDRESS), 4)).get(0);

        assertThat(finding).isEqualTo(Finding.of(ReasonCode.FIRST_PURCHASE_ONLY_RESALE_RING, new Term("\"お試しセット\"", "「お試しセット」"), 4));
        assertThat(finding.messageJa()).isEqualTo("お一人様一回限りの「お試しセット」が、この注文とつながりのあるお客様によって既に4回購入されています。"
                + "転売目的の買い回りの疑いがあります。");
    }

    private List<Finding> inspect(FirstPurchaseRepeat... repeats) {
        return Evidences.inspect(check, Evidences.withFirstPurchaseRepeats(SampleOrders.order().build(), List.of(repeats)));
    }
}
