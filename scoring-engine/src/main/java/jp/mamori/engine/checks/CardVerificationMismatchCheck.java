package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.connector.Card;
import jp.mamori.connector.Payment;
import jp.mamori.engine.ReasonCode;

/**
 * The card issuer's own verdict on what the buyer typed, as the PSP passed it on: a security code (CVC) that is
 * not the card's means someone holds the number without the card, which is how stolen card data is spent; a
 * billing address that is not the one on file (AVS) weighs less, since people move and issuers compare Japanese
 * addresses poorly. Only a checked mismatch counts: "not checked" says nothing either way.
 */
public final class CardVerificationMismatchCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Payment payment = evidence.request().payment();
        Card card = payment == null ? null : payment.card();
        if (card == null) {
            return;
        }
        if (Card.MISMATCH.equals(card.cvcResult())) {
            findings.accept(Finding.of(ReasonCode.PAYMENT_CVC_MISMATCH));
        }
        if (Card.MISMATCH.equals(card.avsResult())) {
            findings.accept(Finding.of(ReasonCode.PAYMENT_AVS_MISMATCH));
        }
    }
}
