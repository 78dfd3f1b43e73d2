package jp.mamori.engine.checks;

import java.util.Set;
import java.util.function.Consumer;

import jp.mamori.engine.AnonymousNetwork;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.Term;

/**
 * An order placed through a network made to hide its user: a rented server, a VPN, Tor, a proxy. Buyers order from
 * home or a phone; fraudsters go through these to hide where they are and to look like someone else. Some honest
 * people use a VPN, so it weighs moderately alone. Only what the IP-intelligence database said counts: without one
 * configured nothing is judged.
 */
public final class AnonymousNetworkCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Set<AnonymousNetwork> networks = evidence.providers().ipNetwork().anonymous();
        if (!networks.isEmpty()) {
            // The set iterates in the enum's order, so the message is the same for the same answer.
            findings.accept(Finding.of(ReasonCode.DEVICE_IP_ANONYMOUS_NETWORK,
                    Term.join(networks.stream().map(AnonymousNetwork::term).toList())));
        }
    }
}
