package jp.mamori.gateway.providers;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code mamori.geoip.*} ({@code MAMORI_GEOIP_COUNTRY_DB}, {@code MAMORI_GEOIP_ANONYMOUS_DB}): MaxMind
 * databases the buyer's IP address is looked up in. Each is optional; with neither, nothing is looked up and the
 * caller's {@code device.ip_country} is the only source of the IP's country.
 *
 * @param countryDb   a GeoLite2 or GeoIP2 Country (or City) {@code .mmdb} file
 * @param anonymousDb a GeoIP2 Anonymous IP {@code .mmdb} file: hosting providers, VPNs, Tor exit nodes, proxies
 */
@ConfigurationProperties("mamori.geoip")
public record GeoIpProperties(Path countryDb, Path anonymousDb) {

    static final String COUNTRY_DB = "mamori.geoip.country-db";
    static final String ANONYMOUS_DB = "mamori.geoip.anonymous-db";

    /** Whether any database is configured. */
    public boolean configured() {
        return countryDb != null || anonymousDb != null;
    }
}
