package jp.mamori.gateway.providers;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

import com.maxmind.db.Reader;
import com.maxmind.geoip2.DatabaseReader;
import com.maxmind.geoip2.exception.GeoIp2Exception;
import com.maxmind.geoip2.model.AnonymousIpResponse;
import jp.mamori.engine.AnonymousNetwork;
import jp.mamori.engine.IpIntelligence;
import jp.mamori.engine.IpNetwork;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * IP intelligence from MaxMind {@code .mmdb} files, read with MaxMind's own reader over memory-mapped files. A
 * look-up walks a few dozen tree nodes already in memory, so it answers at once on the caller's thread and needs
 * neither a deadline nor a cache of ours. Either database may be left out; a damaged record, or an address the
 * database cannot hold (IPv6 in an IPv4-only file), says nothing rather than fail the order.
 */
final class MaxMindDatabases implements IpIntelligence, Closeable {

    private final DatabaseReader countries;
    private final DatabaseReader anonymous;

    private MaxMindDatabases(DatabaseReader countries, DatabaseReader anonymous) {
        this.countries = countries;
        this.anonymous = anonymous;
    }

    /**
     * Opens the configured databases. A file that is missing, not a MaxMind database, or of the wrong kind stops the
     * start with an {@link InvalidConfigurationPropertyValueException} naming the setting, which Spring Boot reports
     * as one short paragraph rather than a stack trace.
     */
    static MaxMindDatabases open(GeoIpProperties settings) {
        DatabaseReader countries = settings.countryDb() == null ? null : open(GeoIpProperties.COUNTRY_DB, settings.countryDb(),
                "a GeoLite2 or GeoIP2 Country or City database",
                // The reader answers country look-ups from every database that has countries.
                type -> type.contains("Country") || type.contains("City") || type.contains("Enterprise"));
        try {
            DatabaseReader anonymous = settings.anonymousDb() == null ? null : open(GeoIpProperties.ANONYMOUS_DB,
                    settings.anonymousDb(), "a GeoIP2 Anonymous IP database", type -> type.contains("GeoIP2-Anonymous-IP"));
            return new MaxMindDatabases(countries, anonymous);
        } catch (RuntimeException e) {
            closeQuietly(countries);
            throw e;
        }
    }

    private static DatabaseReader open(String setting, Path file, String expected, Predicate<String> fits) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidConfigurationPropertyValueException(setting, file, "no readable file there; expected " + expected);
        }
        DatabaseReader reader;
        try {
            reader = new DatabaseReader.Builder(file.toFile()).fileMode(Reader.FileMode.MEMORY_MAPPED).build();
        } catch (IOException | RuntimeException e) {
            throw new InvalidConfigurationPropertyValueException(setting, file,
                    "not a MaxMind database (" + e.getMessage() + "); expected " + expected);
        }
        String type = reader.getMetadata().getDatabaseType();
        if (!fits.test(type)) {
            closeQuietly(reader);
            throw new InvalidConfigurationPropertyValueException(setting, file, "a " + type + " database; expected " + expected);
        }
        return reader;
    }

    /** What the databases are, for the start-up log. */
    String describe() {
        return describe("country", countries) + ", " + describe("anonymous networks", anonymous);
    }

    private static String describe(String role, DatabaseReader reader) {
        return reader == null ? role + ": none"
                : role + ": " + reader.getMetadata().getDatabaseType() + " built " + reader.getMetadata().getBuildDate().toInstant();
    }

    @Override
    public CompletionStage<IpNetwork> lookUp(InetAddress address) {
        return CompletableFuture.completedFuture(new IpNetwork(country(address), anonymousNetworks(address)));
    }

    private String country(InetAddress address) {
        if (countries == null) {
            return null;
        }
        try {
            // Where MaxMind places the address, not where its block is registered: the buyer's side of the connection.
            return countries.tryCountry(address).map(found -> found.getCountry().getIsoCode()).orElse(null);
        } catch (IOException | GeoIp2Exception | RuntimeException e) {
            return null;
        }
    }

    private Set<AnonymousNetwork> anonymousNetworks(InetAddress address) {
        if (anonymous == null) {
            return Set.of();
        }
        try {
            return anonymous.tryAnonymousIp(address).map(MaxMindDatabases::networks).orElse(Set.of());
        } catch (IOException | GeoIp2Exception | RuntimeException e) {
            return Set.of();
        }
    }

    private static Set<AnonymousNetwork> networks(AnonymousIpResponse found) {
        Set<AnonymousNetwork> networks = EnumSet.noneOf(AnonymousNetwork.class);
        flag(networks, found.isHostingProvider(), AnonymousNetwork.HOSTING_PROVIDER);
        flag(networks, found.isAnonymousVpn(), AnonymousNetwork.VPN);
        flag(networks, found.isTorExitNode(), AnonymousNetwork.TOR_EXIT_NODE);
        flag(networks, found.isPublicProxy(), AnonymousNetwork.PUBLIC_PROXY);
        flag(networks, found.isResidentialProxy(), AnonymousNetwork.RESIDENTIAL_PROXY);
        return networks;
    }

    private static void flag(Set<AnonymousNetwork> networks, boolean set, AnonymousNetwork network) {
        if (set) {
            networks.add(network);
        }
    }

    @Override
    public void close() {
        closeQuietly(countries);
        closeQuietly(anonymous);
    }

    private static void closeQuietly(DatabaseReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (IOException e) {
            // Nothing was written: a mapped file that will not close is unmapped with the process.
        }
    }
}
