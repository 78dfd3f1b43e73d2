package jp.mamori.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.util.Set;

import jp.mamori.engine.AnonymousNetwork;
import jp.mamori.engine.IpNetwork;
import jp.mamori.engine.normalize.IpAddresses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostingNetworksTest {

    private static final HostingNetworks BUNDLED = HostingNetworks.bundled();

    private static final String SMALL = """
            # first, last, AS
            10.0.0.0\t10.0.0.255\t64500
            10.0.2.0\t10.0.3.255\t64501
            192.0.2.128\t192.0.2.128\t64502
            255.255.255.0\t255.255.255.255\t64503
            2001:db8:0:0:0:0:0:0\t2001:db8:0:ffff:ffff:ffff:ffff:ffff\t64500
            2001:db8:2:0:0:0:0:0\t2001:db8:2:0:0:0:0:0\t64501
            ffff:0:0:0:0:0:0:0\tffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff\t64503
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"10.0.0.0", "10.0.0.77", "10.0.0.255", "10.0.2.0", "10.0.3.255", "192.0.2.128",
            "255.255.255.0", "255.255.255.255", "2001:db8::", "2001:db8:0:ffff::1", "2001:db8:2::", "ffff::1",
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"})
    void anAddressInsideARangeFromItsFirstToItsLastIsHosted(String address) throws IOException {
        assertThat(small().hosted(ip(address))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.0.0.0", "9.255.255.255", "10.0.1.0", "10.0.1.255", "10.0.4.0", "192.0.2.127", "192.0.2.129",
            "255.255.254.255", "::", "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db8:1::", "2001:db8:2::1", "fffe:ffff::"})
    void anAddressBetweenRangesOrBeforeTheFirstIsNot(String address) throws IOException {
        assertThat(small().hosted(ip(address))).isFalse();
    }

    @Test
    void aHostedAddressIsAnsweredAsAHostingProviderInNoCountryAnyOtherAsUnknown() throws IOException {
        HostingNetworks networks = small();

        assertThat(networks.lookUp(ip("10.0.0.1")).toCompletableFuture().join())
                .isEqualTo(new IpNetwork(null, Set.of(AnonymousNetwork.HOSTING_PROVIDER)));
        assertThat(networks.lookUp(ip("10.0.1.1")).toCompletableFuture().join()).isEqualTo(IpNetwork.UNKNOWN);
    }

    @Test
    void theBundledListKnowsCloudsAndVpsHostsButNotHomeLinesOrTheCdnsPrivateRelayUses() {
        // SAKURA Internet (AS9370), Vultr (AS20473), AWS Tokyo (AS16509), Linode (AS63949), AWS's IPv6 in Asia.
        for (String hosted : new String[] {"160.16.10.20", "45.32.100.7", "13.112.5.9", "139.162.77.1", "2406:da14:abc::1"}) {
            assertThat(BUNDLED.hosted(ip(hosted))).as(hosted).isTrue();
        }
        // SoftBank's and NTT's home lines, NTT docomo's mobile IPv6, Cloudflare (iCloud Private Relay, WARP), Akamai's CDN.
        for (String person : new String[] {"126.5.6.7", "114.150.3.4", "2400:4050:1234::1", "104.28.0.9", "23.32.1.1"}) {
            assertThat(BUNDLED.hosted(ip(person))).as(person).isFalse();
        }
        assertThat(BUNDLED.size()).isGreaterThan(10_000);
    }

    @Test
    void aRangeOutOfOrderOverlappingOrUnreadableIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("10.0.2.0\t10.0.2.255\t1\n10.0.0.0\t10.0.0.255\t2\n"))
                .hasMessageContaining("test:2: not after the range before it");
        assertThatThrownBy(() -> read("10.0.0.0\t10.0.2.255\t1\n10.0.2.255\t10.0.3.255\t2\n"))
                .hasMessageContaining("test:2: not after the range before it");
        assertThatThrownBy(() -> read("# comment\n10.0.0.9\t10.0.0.1\t1\n")).hasMessageContaining("test:2: the range ends before it starts");
        assertThatThrownBy(() -> read("10.0.0.0\t2001:db8::\t1\n")).hasMessageContaining("test:1: a range from IPv4 to IPv6");
        assertThatThrownBy(() -> read("10.0.0.0\tsomewhere\t1\n")).hasMessageContaining("test:1: not an IP address: somewhere");
        assertThatThrownBy(() -> read("10.0.0.0 10.0.0.1 1\n")).hasMessageContaining("test:1: expected first address");
    }

    private static HostingNetworks small() throws IOException {
        return read(SMALL);
    }

    private static HostingNetworks read(String text) throws IOException {
        return HostingNetworks.read(new BufferedReader(new StringReader(text)), "test");
    }

    private static InetAddress ip(String text) {
        return IpAddresses.literal(text).orElseThrow();
    }
}
