package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.JapaneseNames;
import jp.mamori.engine.normalize.MailDomainKind;

/**
 * A Japanese name with a mailbox at a webmail service run for another country's people (qq.com, 163.com,
 * naver.com): what a ring abroad using a stolen Japanese identity gives when the victim's own address is unknown.
 * Residents from those countries keep their home mailboxes, and write their own names, which this leaves alone
 * ({@link JapaneseNames}).
 */
public final class ForeignWebmailCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        evidence.email()
                .filter(email -> email.hasValidSyntax() && email.domainKind() == MailDomainKind.FREE_ABROAD)
                .filter(email -> JapaneseNames.isJapanese(evidence.order().buyerName()))
                .ifPresent(email -> findings.accept(Finding.of(ReasonCode.EMAIL_FOREIGN_WEBMAIL, email.domain())));
    }
}
