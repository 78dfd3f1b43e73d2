package jp.mamori.engine;

import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.normalize.EmailAddress;
import jp.mamori.engine.normalize.IpAddresses;

/**
 * The provider step of screening: asks each provider port about an order and collects what they said. Ports
 * keep their own deadlines and answer "unknown" when late, so this step never fails and never waits longer.
 * The ports are asked together: the step takes as long as the slowest, not their sum.
 */
public final class ProviderLookups {

    /** Every port switched off: the signals are known at once. */
    public static final ProviderLookups OFF = new ProviderLookups(MailHostLookup.OFF, IpIntelligence.OFF);

    private final MailHostLookup mailHosts;
    private final IpIntelligence ipIntelligence;

    public ProviderLookups(MailHostLookup mailHosts, IpIntelligence ipIntelligence) {
        this.mailHosts = mailHosts;
        this.ipIntelligence = ipIntelligence;
    }

    public CompletionStage<ProviderSignals> gather(ScreeningRequest request) {
        return mailDomain(request).thenCombine(ipNetwork(request), ProviderSignals::new);
    }

    private CompletionStage<MailDomainStatus> mailDomain(ScreeningRequest request) {
        String domain = request.buyer() == null ? null : EmailAddress.parse(request.buyer().email())
                .filter(EmailAddress::hasValidSyntax)
                // Lower case and ASCII (punycode) already: as DNS asks.
                .map(EmailAddress::domain)
                .orElse(null);
        if (domain == null) {
            return CompletableFuture.completedFuture(MailDomainStatus.UNKNOWN);
        }
        return ask(() -> mailHosts.lookUp(domain), MailDomainStatus.UNKNOWN);
    }

    private CompletionStage<IpNetwork> ipNetwork(ScreeningRequest request) {
        InetAddress address = request.device() == null ? null : IpAddresses.literal(request.device().ip()).orElse(null);
        if (address == null) {
            return CompletableFuture.completedFuture(IpNetwork.UNKNOWN);
        }
        return ask(() -> ipIntelligence.lookUp(address), IpNetwork.UNKNOWN);
    }

    /** A port's answer, or {@code unknown} when it fails, whether by a failed stage or by throwing. */
    static <T> CompletionStage<T> ask(Supplier<CompletionStage<T>> port, T unknown) {
        try {
            return port.get().exceptionally(failure -> unknown);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(unknown);
        }
    }
}
