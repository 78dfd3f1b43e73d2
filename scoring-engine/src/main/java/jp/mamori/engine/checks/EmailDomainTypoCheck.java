package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.EmailAddress;

/**
 * A domain one typo away from a big provider's (gmial.com, docomo.ne.jo): the buyer will not get the
 * shop's mail, and throwaway identities are often typed in a hurry or registered at look-alike domains.
 */
public final class EmailDomainTypoCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        // An address that cannot receive mail at all is EMAIL_INVALID_SYNTAX's; one reason is enough.
        evidence.email().filter(EmailAddress::hasValidSyntax).ifPresent(email -> email.likelyTypoOf()
                .ifPresent(intended -> findings.accept(Finding.of(ReasonCode.EMAIL_DOMAIN_TYPO, email.domain(), intended))));
    }
}
