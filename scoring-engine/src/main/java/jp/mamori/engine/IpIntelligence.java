package jp.mamori.engine;

import java.net.InetAddress;
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
}
