package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SmallAmountCardTestingCheckTest {

    private final SmallAmountCardTestingCheck check = new SmallAmountCardTestingCheck(CardTestingSettings.DEFAULT);

    @ParameterizedTest(name = "{0} small orders with {1} cards from the {2}: fires {3}")
    @CsvSource({"5, 1, DEVICE, false", "3, 2, DEVICE, false", "3, 3, DEVICE, true", "4, 4, IP, false", "5, 5, IP, true"})
    void firesWhenTooManyCardsPayForSmallOrders(int orders, int cards, IdentityKind where, boolean fires) {
        assertThat(inspect(orders, cards, where)).hasSize(fires ? 1 : 0);
    }

    @Test
    void theMessageSaysHowManyOrdersCardsAndFromWhere() {
        Finding finding = inspect(4, 3, IdentityKind.DEVICE).get(0);

        assertThat(finding).isEqualTo(Finding.of(ReasonCode.CARD_TESTING_SMALL_AMOUNTS, 4, 1000L, 3, new Term("device", "端末"), 60L));
        assertThat(finding.messageJa()).isEqualTo("4件の少額注文（1000円以下）が3枚の異なるカードで、同じ端末から60分以内に行われています。"
                + "少額の買い物でカードが使えるか試している疑いがあります。");
    }

    private List<Finding> inspect(int orders, int cards, IdentityKind where) {
        CardTestingSignals signals = new CardTestingSignals(0, null, null, orders, cards, where, Map.of());
        return Evidences.inspect(check, Evidences.withCardTesting(SampleOrders.order().build(), signals));
    }

    @Test
    void nothingWithoutSmallOrders() {
        assertThat(Evidences.inspect(check, Evidences.withCardTesting(SampleOrders.order().build(), CardTestingSignals.NONE))).isEmpty();
    }
}
