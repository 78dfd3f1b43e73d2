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

class SequentialCardNumbersCheckTest {

    private final SequentialCardNumbersCheck check = new SequentialCardNumbersCheck(CardTestingSettings.DEFAULT);

    @ParameterizedTest(name = "{0} nearby cards from the {1}: fires {2}")
    @CsvSource({"1, DEVICE, false", "2, DEVICE, false", "3, DEVICE, true", "3, EMAIL, true",
            "3, IP, false", "4, IP, false", "5, IP, true"})
    void firesAboveTheLimitWhichIsDoubledForAnIpAddress(int cards, IdentityKind where, boolean fires) {
        assertThat(inspect(cards, where)).hasSize(fires ? 1 : 0);
    }

    @Test
    void theMessageNamesTheBinWhereAndTheWindow() {
        Finding finding = inspect(4, IdentityKind.DEVICE).get(0);

        assertThat(finding).isEqualTo(Finding.of(ReasonCode.CARD_TESTING_SEQUENTIAL_LAST4, 4, "454742",
                new Term("device", "端末"), 60L, 2));
        assertThat(finding.message()).isEqualTo("4 cards of one BIN (454742) with nearby last four digits were tried from this "
                + "device within 60 minutes (limit 2): card numbers being generated and tested.");
    }

    @Test
    void nothingWithoutSignals() {
        assertThat(Evidences.inspect(check, Evidences.withCardTesting(SampleOrders.order().build(), CardTestingSignals.NONE))).isEmpty();
    }

    private List<Finding> inspect(int cards, IdentityKind where) {
        CardTestingSignals signals = new CardTestingSignals(cards, "454742", where, 0, 0, null, Map.of());
        return Evidences.inspect(check, Evidences.withCardTesting(SampleOrders.order().build(), signals));
    }
}
