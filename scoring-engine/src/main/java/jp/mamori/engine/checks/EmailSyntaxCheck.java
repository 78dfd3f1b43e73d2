package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;

/** An email address that no mail server would accept: the buyer cannot be reached, often on purpose. */
public final class EmailSyntaxCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        var buyer = evidence.request().buyer();
        // Carts send "" for "no email" (phone orders, guest checkout without one): absent, not invalid.
        if (buyer == null || buyer.email() == null || buyer.email().isBlank()) {
            return;
        }
        if (evidence.email().map(e -> !e.hasValidSyntax()).orElse(true)) {
            findings.accept(Finding.of(ReasonCode.EMAIL_INVALID_SYNTAX));
        }
    }
}
