package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.data.DisposableEmailDomains;

/** An address at a throwaway mail service: made to be abandoned after one order. */
public final class DisposableEmailDomainCheck implements Check {

    private final DisposableEmailDomains domains;

    public DisposableEmailDomainCheck(DisposableEmailDomains domains) {
        this.domains = domains;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        evidence.email()
                .flatMap(email -> domains.match(email.domain()))
                .ifPresent(domain -> findings.accept(Finding.of(ReasonCode.EMAIL_DISPOSABLE_DOMAIN, domain)));
    }
}
