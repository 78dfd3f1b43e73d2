package jp.mamori.engine;

import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The provider port for IP intelligence: where an address is, and whether it hides its user (a data centre, a VPN,
 * Tor, a proxy). An implementation completes with {@link IpNetwork#UNKNOWN} rather than fail, and within its own
 * deadline, so that no order waits on it or fails through it.
 */
@FunctionalInterface
public interface IpIntelligence {

    /** No database at all, what tests and offline use get: every address is unknown. */
    IpIntelligence OFF = address -> CompletableFuture.completedFuture(IpNetwork.UNKNOWN);

    /** What is known of {@code address}, a literal the caller parsed without DNS. */
    CompletionStage<IpNetwork> lookUp(InetAddress address);

    /**
     * Both sources asked together: the first's country when it knows one, else the second's; every kind of anonymous
     * network either names. Each is asked as it is, so a failing one says nothing of its own and spoils neither the
     * other's answer nor the order.
     */
    static IpIntelligence both(IpIntelligence first, IpIntelligence second) {
        return address -> ProviderLookups.ask(() -> first.lookUp(address), IpNetwork.UNKNOWN)
                .thenCombine(ProviderLookups.ask(() -> second.lookUp(address), IpNetwork.UNKNOWN), (a, b) -> {
                    Set<AnonymousNetwork> anonymous = EnumSet.noneOf(AnonymousNetwork.class);
                    anonymous.addAll(a.anonymous());
                    anonymous.addAll(b.anonymous());
                    return new IpNetwork(a.country() != null ? a.country() : b.country(), anonymous);
                });
    }
}
