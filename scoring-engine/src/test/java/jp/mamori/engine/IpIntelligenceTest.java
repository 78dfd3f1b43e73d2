package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jp.mamori.engine.normalize.IpAddresses;
import org.junit.jupiter.api.Test;

class IpIntelligenceTest {

    private static final InetAddress ADDRESS = IpAddresses.literal("198.51.100.23").orElseThrow();

    @Test
    void bothTakeTheFirstCountryKnownAndEveryKindOfNetworkEitherNames() {
        IpIntelligence countryAndVpn = answering(new IpNetwork("SG", Set.of(AnonymousNetwork.VPN)));
        IpIntelligence hostingOnly = answering(new IpNetwork(null, Set.of(AnonymousNetwork.HOSTING_PROVIDER)));
        IpIntelligence otherCountry = answering(new IpNetwork("US", Set.of()));

        assertThat(look(IpIntelligence.both(countryAndVpn, hostingOnly)))
                .isEqualTo(new IpNetwork("SG", Set.of(AnonymousNetwork.VPN, AnonymousNetwork.HOSTING_PROVIDER)));
        assertThat(look(IpIntelligence.both(hostingOnly, otherCountry)))
                .isEqualTo(new IpNetwork("US", Set.of(AnonymousNetwork.HOSTING_PROVIDER)));
        assertThat(look(IpIntelligence.both(countryAndVpn, otherCountry)).country()).isEqualTo("SG");
        assertThat(look(IpIntelligence.both(IpIntelligence.OFF, IpIntelligence.OFF))).isEqualTo(IpNetwork.UNKNOWN);
    }

    @Test
    void aSourceThatFailsOrThrowsLeavesTheOthersAnswer() {
        IpNetwork hosted = new IpNetwork(null, Set.of(AnonymousNetwork.HOSTING_PROVIDER));
        IpIntelligence failing = address -> CompletableFuture.failedFuture(new IllegalStateException("damaged record"));
        IpIntelligence throwing = address -> {
            throw new IllegalStateException("closed");
        };

        assertThat(look(IpIntelligence.both(failing, answering(hosted)))).isEqualTo(hosted);
        assertThat(look(IpIntelligence.both(answering(hosted), throwing))).isEqualTo(hosted);
    }

    private static IpIntelligence answering(IpNetwork network) {
        return address -> CompletableFuture.completedFuture(network);
    }

    private static IpNetwork look(IpIntelligence intelligence) {
        return intelligence.lookUp(ADDRESS).toCompletableFuture().join();
    }
}
