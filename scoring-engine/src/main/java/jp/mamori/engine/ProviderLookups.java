package jp.mamori.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.normalize.EmailAddress;

/**
 * The provider step of screening: asks each provider port about an order and collects what they said. Ports
 * keep their own deadlines and answer "unknown" when late, so this step never fails and never waits longer.
 */
public final class ProviderLookups {

    /** Every port switched off: the signals are known at once. */
    public static final ProviderLookups OFF = new ProviderLookups(MailHostLookup.OFF);

    private final MailHostLookup mailHosts;

    public ProviderLookups(MailHostLookup mailHosts) {
        this.mailHosts = mailHosts;
    }

    public CompletionStage<ProviderSignals> gather(ScreeningRequest request) {
        String domain = request.buyer() == null ? null : EmailAddress.parse(request.buyer().email())
                .filter(EmailAddress::hasValidSyntax)
                // Lower case and ASCII (punycode) already: as DNS asks.
                .map(EmailAddress::domain)
                .orElse(null);
        if (domain == null) {
            return CompletableFuture.completedFuture(ProviderSignals.NONE);
        }
        return mailHosts.lookUp(domain)
                .exceptionally(failure -> MailDomainStatus.UNKNOWN)
                .thenApply(ProviderSignals::new);
    }
}
