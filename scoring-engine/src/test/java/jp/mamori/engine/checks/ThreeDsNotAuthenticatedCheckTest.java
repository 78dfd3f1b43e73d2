package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThreeDsNotAuthenticatedCheckTest {

    private final ThreeDsNotAuthenticatedCheck check = new ThreeDsNotAuthenticatedCheck();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "N, PAYMENT_3DS_FAILED,      N",
            "R, PAYMENT_3DS_FAILED,      R",
            "n, PAYMENT_3DS_FAILED,      N",
            "U, PAYMENT_3DS_UNAVAILABLE, U",
    })
    void aResultThatDidNotAuthenticateTheCardholder(String status, ReasonCode reason, String shown) {
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(SampleOrders.card(status)).build()))
                .containsExactly(Finding.of(reason, shown));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Y", "A", "C", "I", "D"})
    void authenticatedOrStillPendingResultsSayNothing(String status) {
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(SampleOrders.card(status)).build())).isEmpty();
    }

    @Test
    void noThreeDsAtAllSaysNothing() {
        assertThat(Evidences.inspect(check, SampleOrders.order().build())).isEmpty();
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(SampleOrders.konbini()).build())).isEmpty();
    }
}
