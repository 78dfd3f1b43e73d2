package jp.mamori.gateway.providers;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code mamori.geoip.*} ({@code MAMORI_GEOIP_COUNTRY_DB}, {@code MAMORI_GEOIP_ANONYMOUS_DB},
 * {@code MAMORI_GEOIP_HOSTING_NETWORKS}): what the buyer's IP address is looked up in. The MaxMind databases are
 * optional; without a country database the caller's {@code device.ip_country} is the only source of the IP's country.
 *
 * @param countryDb       a GeoLite2 or GeoIP2 Country (or City) {@code .mmdb} file
 * @param anonymousDb     a GeoIP2 Anonymous IP {@code .mmdb} file: hosting providers, VPNs, Tor exit nodes, proxies
 * @param hostingNetworks look the address up in the bundled list of hosting providers' networks too (on by default:
 *                        it needs no file, no licence and no network)
 */
@ConfigurationProperties("mamori.geoip")
public record GeoIpProperties(Path countryDb, Path anonymousDb, @DefaultValue("true") boolean hostingNetworks) {

    static final String COUNTRY_DB = "mamori.geoip.country-db";
    static final String ANONYMOUS_DB = "mamori.geoip.anonymous-db";

    /** Whether any MaxMind database is configured. */
    public boolean configured() {
        return countryDb != null || anonymousDb != null;
    }
}
