package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Card;
import jp.mamori.connector.Payment;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardVerificationMismatchCheckTest {

    private final CardVerificationMismatchCheck check = new CardVerificationMismatchCheck();

    @Test
    void aSecurityCodeTheIssuerRejected() {
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(checked("mismatch", "match")).build()))
                .containsExactly(Finding.of(ReasonCode.PAYMENT_CVC_MISMATCH));
    }

    @Test
    void aBillingAddressTheIssuerDoesNotKnow() {
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(checked("match", "mismatch")).build()))
                .containsExactly(Finding.of(ReasonCode.PAYMENT_AVS_MISMATCH));
    }

    @Test
    void bothWhenBothFailed() {
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(checked("mismatch", "mismatch")).build()))
                .containsExactly(Finding.of(ReasonCode.PAYMENT_CVC_MISMATCH), Finding.of(ReasonCode.PAYMENT_AVS_MISMATCH));
    }

    @ParameterizedTest(name = "cvc {0}, avs {1}")
    @CsvSource(nullValues = "-", value = {
            "match,       match",
            "not_checked, not_checked",
            "-,           -",
            "match,       not_checked",
    })
    void checksThatPassedOrWereNotMadeSayNothing(String cvc, String avs) {
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(checked(cvc, avs)).build())).isEmpty();
    }

    @Test
    void noCardSaysNothing() {
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(SampleOrders.konbini()).build())).isEmpty();
        assertThat(Evidences.inspect(check, SampleOrders.order().payment(null).build())).isEmpty();
    }

    private static Payment checked(String cvc, String avs) {
        return new Payment("card", new Card("356999", "4321", "fp_9c1e2b7d4a", "JP", cvc, avs), null);
    }
}
