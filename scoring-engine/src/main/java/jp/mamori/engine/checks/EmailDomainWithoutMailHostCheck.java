package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.MailDomainStatus;
import jp.mamori.engine.ReasonCode;

/**
 * An email domain that DNS says cannot receive mail: made up, or registered only to pass a form. Shown only when
 * the look-up answered; a look-up switched off or too slow says nothing.
 */
public final class EmailDomainWithoutMailHostCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        if (evidence.providers().mailDomain() == MailDomainStatus.NO_MAIL_HOST) {
            evidence.email().ifPresent(email -> findings.accept(Finding.of(ReasonCode.EMAIL_DOMAIN_NO_MAIL_HOST, email.domain())));
        }
    }
}
