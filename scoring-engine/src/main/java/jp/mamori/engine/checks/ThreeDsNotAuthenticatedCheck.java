package jp.mamori.engine.checks;

import java.util.Locale;
import java.util.function.Consumer;

import jp.mamori.connector.Payment;
import jp.mamori.engine.ReasonCode;

/**
 * A 3-D Secure attempt that did not authenticate the cardholder. N (failed) and R (rejected by the issuer)
 * mean the issuer doubts the person; U (unavailable) means nothing was proven, and liability stays with the shop.
 */
public final class ThreeDsNotAuthenticatedCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Payment payment = evidence.request().payment();
        if (payment == null || payment.threeDs() == null || payment.threeDs().transStatus() == null) {
            return;
        }
        String status = payment.threeDs().transStatus().strip().toUpperCase(Locale.ROOT);
        switch (status) {
            case "N", "R" -> findings.accept(Finding.of(ReasonCode.PAYMENT_3DS_FAILED, status));
            case "U" -> findings.accept(Finding.of(ReasonCode.PAYMENT_3DS_UNAVAILABLE, status));
            default -> { }
        }
    }
}
