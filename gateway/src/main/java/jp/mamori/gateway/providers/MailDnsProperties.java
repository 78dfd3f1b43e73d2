package jp.mamori.gateway.providers;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code mamori.mail-dns.*} ({@code MAMORI_MAIL_DNS_ENABLED}, …): MX look-ups of buyers' email domains.
 *
 * @param enabled         look domains up; off by default, so that tests and offline use need no network
 * @param deadline        how long a screening waits for DNS before it goes on without the answer
 * @param servers         the DNS servers to ask, {@code host} or {@code host:port}; empty, the system's
 * @param receivingKeptFor how long "has a mail server" is remembered per domain
 * @param noHostKeptFor   how long "has no mail server" is remembered
 * @param maxDomains      the most domains remembered at once
 */
@ConfigurationProperties("mamori.mail-dns")
public record MailDnsProperties(boolean enabled, Duration deadline, List<String> servers, Duration receivingKeptFor,
                                Duration noHostKeptFor, long maxDomains) {

    public MailDnsProperties {
        deadline = deadline == null ? Duration.ofMillis(300) : deadline;
        servers = servers == null ? List.of() : List.copyOf(servers);
        receivingKeptFor = receivingKeptFor == null ? Duration.ofHours(24) : receivingKeptFor;
        noHostKeptFor = noHostKeptFor == null ? Duration.ofHours(1) : noHostKeptFor;
        maxDomains = maxDomains <= 0 ? 100_000 : maxDomains;
    }
}
