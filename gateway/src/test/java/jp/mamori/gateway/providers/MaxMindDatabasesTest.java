package jp.mamori.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import jp.mamori.engine.AnonymousNetwork;
import jp.mamori.engine.IpNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** MaxMind's own reader over small databases written by {@link MaxMindDbWriter}, as the gateway opens them. */
class MaxMindDatabasesTest {

    @TempDir
    Path dir;

    /** Documentation ranges (RFC 5737, RFC 3849) placed in the countries a Japanese shop sees. */
    static MaxMindDbWriter countries() {
        return new MaxMindDbWriter("GeoLite2-Country")
                .network("203.0.113.0/24", country("JP"))
                .network("198.51.100.0/24", country("US"))
                .network("2001:db8::/32", country("VN"));
    }

    /** A data centre, a VPN exit and a Tor exit that is also an open proxy. */
    static MaxMindDbWriter anonymousNetworks() {
        return new MaxMindDbWriter("GeoIP2-Anonymous-IP")
                .network("198.51.100.0/25", Map.of("is_anonymous", true, "is_hosting_provider", true))
                .network("198.51.100.128/26", Map.of("is_anonymous", true, "is_anonymous_vpn", true))
                .network("192.0.2.0/24", Map.of("is_anonymous", true, "is_tor_exit_node", true, "is_public_proxy", true))
                .network("2001:db8:1::/48", Map.of("is_anonymous", true, "is_residential_proxy", true));
    }

    private static Map<String, Object> country(String isoCode) {
        return Map.of("country", Map.of("iso_code", isoCode, "names", Map.of("en", isoCode)));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "203.0.113.24,    JP, -",
            "198.51.100.7,    US, HOSTING_PROVIDER",
            "198.51.100.130,  US, VPN",
            "198.51.100.200,  US, -",
            "192.0.2.15,      -,  TOR_EXIT_NODE PUBLIC_PROXY",
            "2001:db8::1,     VN, -",
            "2001:db8:1::9,   VN, RESIDENTIAL_PROXY",
            "10.0.0.1,        -,  -",
    })
    void answersTheCountryAndTheAnonymousNetworksOfAnAddress(String ip, String country, String networks) throws Exception {
        try (MaxMindDatabases databases = open(countries(), anonymousNetworks())) {
            IpNetwork answer = databases.lookUp(InetAddress.getByName(ip)).toCompletableFuture().join();

            assertThat(answer.country()).isEqualTo(country);
            assertThat(answer.anonymous()).containsExactlyElementsOf(networks == null ? Set.of()
                    : java.util.Arrays.stream(networks.split(" ")).map(AnonymousNetwork::valueOf).toList());
        }
    }

    @Test
    void eitherDatabaseMayBeLeftOut() throws Exception {
        InetAddress hosted = InetAddress.getByName("198.51.100.7");
        try (MaxMindDatabases countriesOnly = open(countries(), null);
             MaxMindDatabases anonymousOnly = open(null, anonymousNetworks())) {
            assertThat(countriesOnly.lookUp(hosted).toCompletableFuture().join()).isEqualTo(new IpNetwork("US", Set.of()));
            assertThat(anonymousOnly.lookUp(hosted).toCompletableFuture().join())
                    .isEqualTo(new IpNetwork(null, Set.of(AnonymousNetwork.HOSTING_PROVIDER)));
        }
    }

    @Test
    void aMissingFileStopsTheStartNamingTheSetting() {
        InvalidConfigurationPropertyValueException refused = refused(new GeoIpProperties(dir.resolve("GeoLite2-Country.mmdb"), null, true));

        assertThat(refused.getName()).isEqualTo("mamori.geoip.country-db");
        assertThat(refused.getReason()).startsWith("no readable file there");
    }

    @Test
    void aFileThatIsNoMaxMindDatabaseStopsTheStartNamingTheSetting() throws Exception {
        Path notADatabase = Files.writeString(dir.resolve("GeoIP2-Anonymous-IP.mmdb"), "<html>404 Not Found</html>");

        InvalidConfigurationPropertyValueException refused = refused(new GeoIpProperties(null, notADatabase, true));

        assertThat(refused.getName()).isEqualTo("mamori.geoip.anonymous-db");
        assertThat(refused.getReason()).startsWith("not a MaxMind database");
    }

    @Test
    void aDatabaseOfTheWrongKindStopsTheStartNamingTheSetting() {
        Path anonymous = dir.resolve("anonymous.mmdb");
        anonymousNetworks().writeTo(anonymous);
        Path countries = dir.resolve("countries.mmdb");
        countries().writeTo(countries);

        InvalidConfigurationPropertyValueException swappedCountry = refused(new GeoIpProperties(anonymous, null, true));
        InvalidConfigurationPropertyValueException swappedAnonymous = refused(new GeoIpProperties(countries, countries, true));

        assertThat(swappedCountry.getName()).isEqualTo("mamori.geoip.country-db");
        assertThat(swappedCountry.getReason()).isEqualTo("a GeoIP2-Anonymous-IP database; expected a GeoLite2 or GeoIP2 Country or City database");
        assertThat(swappedAnonymous.getName()).isEqualTo("mamori.geoip.anonymous-db");
        assertThat(swappedAnonymous.getReason()).isEqualTo("a GeoLite2-Country database; expected a GeoIP2 Anonymous IP database");
    }

    private InvalidConfigurationPropertyValueException refused(GeoIpProperties settings) {
        return catchThrowableOfType(InvalidConfigurationPropertyValueException.class, () -> MaxMindDatabases.open(settings));
    }

    private MaxMindDatabases open(MaxMindDbWriter countries, MaxMindDbWriter anonymous) {
        return MaxMindDatabases.open(new GeoIpProperties(write("countries.mmdb", countries), write("anonymous.mmdb", anonymous), true));
    }

    private Path write(String name, MaxMindDbWriter database) {
        if (database == null) {
            return null;
        }
        Path file = dir.resolve(name);
        database.writeTo(file);
        return file;
    }
}
