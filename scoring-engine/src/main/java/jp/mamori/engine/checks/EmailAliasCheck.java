package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.EmailAddress;

/**
 * A plus-tag alias (taro+shop1@…): harmless for most buyers who sort their mail, but also how one mailbox
 * signs up as many new customers, so it weighs little alone. The email key already ignores the tag.
 */
public final class EmailAliasCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        evidence.email().filter(EmailAddress::hasValidSyntax).ifPresent(email -> {
            int plus = email.local().indexOf('+');
            if (plus > 0 && plus < email.local().length() - 1) {
                findings.accept(Finding.of(ReasonCode.EMAIL_ALIAS));
            }
        });
    }
}
