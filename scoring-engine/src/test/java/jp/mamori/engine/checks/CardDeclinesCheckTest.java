package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.api.Test;

class CardDeclinesCheckTest {

    private final CardDeclinesCheck check = new CardDeclinesCheck(CardTestingSettings.DEFAULT);

    @Test
    void threeDeclinesAreAMistypedCardFourAreTesting() {
        assertThat(inspect(Map.of(DeclineScope.DEVICE, 3))).isEmpty();
        assertThat(inspect(Map.of(DeclineScope.DEVICE, 4)))
                .containsExactly(Finding.of(ReasonCode.CARD_TESTING_DECLINES, 4, new Term("device", "端末"), 60L, 3));
    }

    @Test
    void aBinTakesMoreDeclinesAcrossTheShop() {
        assertThat(inspect(Map.of(DeclineScope.BIN, 10))).isEmpty();
        assertThat(inspect(Map.of(DeclineScope.BIN, 11))).extracting(Finding::code).containsExactly(ReasonCode.CARD_TESTING_DECLINES);
    }

    @Test
    void oneReportNamesEveryScopeOverItsLimitWithTheHighestCount() {
        Finding finding = inspect(Map.of(DeclineScope.IP, 6, DeclineScope.CARD, 4, DeclineScope.EMAIL, 2, DeclineScope.BIN, 12)).get(0);

        assertThat(finding.message()).isEqualTo("12 card payments were declined for this order's IP address, card and card BIN "
                + "(first six digits) within 60 minutes (limit 10): cards being tested.");
        assertThat(finding.messageJa()).startsWith("12件のカード決済が、この注文のIPアドレス、カードとカードのBIN（先頭6桁）で60分以内に拒否されています（上限10件）。");
    }

    @Test
    void nothingWithoutDeclines() {
        assertThat(inspect(Map.of())).isEmpty();
    }

    private List<Finding> inspect(Map<DeclineScope, Integer> declines) {
        CardTestingSignals signals = new CardTestingSignals(0, null, null, 0, 0, null, declines);
        return Evidences.inspect(check, Evidences.withCardTesting(SampleOrders.order().build(), signals));
    }
}
