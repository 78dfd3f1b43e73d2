package jp.mamori.engine.checks;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Consumer;

import jp.mamori.connector.Money;
import jp.mamori.engine.ReasonCode;

/**
 * A free-mail address on an expensive order: free mail costs nothing to make and tells nothing about the
 * buyer, unlike carrier or ISP mail tied to a contract. Ordinary for small orders, so only above a threshold.
 */
public final class FreeMailHighAmountCheck implements Check {

    private final long thresholdYen;
    private final BigDecimal threshold;

    public FreeMailHighAmountCheck(long thresholdYen) {
        this.thresholdYen = thresholdYen;
        this.threshold = BigDecimal.valueOf(thresholdYen);
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Money amount = evidence.request().amount();
        // The threshold is in yen; an amount in another currency is not converted, so it is not judged.
        if (amount == null || amount.value() == null || !"JPY".equals(upper(amount.currency()))
                || amount.value().compareTo(threshold) < 0) {
            return;
        }
        evidence.email()
                .filter(email -> email.hasValidSyntax() && email.domainKind().isFree())
                .ifPresent(email -> findings.accept(Finding.of(ReasonCode.EMAIL_FREE_MAIL_HIGH_AMOUNT, email.domain(), thresholdYen)));
    }

    private static String upper(String currency) {
        return currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    }
}
