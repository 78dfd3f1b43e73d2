package jp.mamori.gateway.providers;

import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Ticker;
import jp.mamori.engine.IpIntelligence;
import jp.mamori.engine.MailHostLookup;
import jp.mamori.engine.ProviderLookups;
import jp.mamori.engine.data.HostingNetworks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;

/** The provider ports the screening asks before the engine assesses an order: each off until configured. */
@Configuration(proxyBeanMethods = false)
public class ProviderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProviderConfiguration.class);

    @Bean
    ProviderLookups providerLookups(MailDnsProperties mailDns, IpIntelligence ipIntelligence) throws UnknownHostException {
        return new ProviderLookups(mailHosts(mailDns), ipIntelligence);
    }

    private static MailHostLookup mailHosts(MailDnsProperties mailDns) throws UnknownHostException {
        if (!mailDns.enabled()) {
            return MailHostLookup.OFF;
        }
        ExtendedResolver resolver = mailDns.servers().isEmpty() ? new ExtendedResolver() : new ExtendedResolver(servers(mailDns));
        resolver.setTimeout(mailDns.deadline());
        log.info("Email domains are looked up in DNS ({}), waiting at most {}", mailDns.servers().isEmpty() ? "system resolvers"
                : String.join(", ", mailDns.servers()), mailDns.deadline());
        return new CachedMailHosts(new MailExchangers(resolver), mailDns.deadline(),
                mailDns.receivingKeptFor(), mailDns.noHostKeptFor(), mailDns.maxDomains(), Ticker.systemTicker());
    }

    /**
     * The MaxMind databases and the bundled hosting networks, asked together. The bean closes the databases' files
     * when the context stops (Spring calls a bean's {@code close}).
     */
    @Bean
    IpIntelligence ipIntelligence(GeoIpProperties geoIp) {
        IpIntelligence hosting = IpIntelligence.OFF;
        if (geoIp.hostingNetworks()) {
            HostingNetworks bundled = HostingNetworks.bundled();
            log.info("IP addresses are looked up in the bundled list of hosting providers' networks ({} ranges)", bundled.size());
            hosting = bundled;
        }
        if (!geoIp.configured()) {
            return hosting;
        }
        MaxMindDatabases databases = MaxMindDatabases.open(geoIp);
        log.info("IP addresses are looked up in MaxMind databases ({})", databases.describe());
        return hosting == IpIntelligence.OFF ? databases : new ClosingIpIntelligence(IpIntelligence.both(databases, hosting), databases);
    }

    /** {@code host} or {@code host:port} (IPv4 or a name; an IPv6 address without a port). */
    private static List<Resolver> servers(MailDnsProperties mailDns) throws UnknownHostException {
        List<Resolver> servers = new ArrayList<>();
        for (String server : mailDns.servers()) {
            int colon = server.lastIndexOf(':');
            boolean withPort = colon > 0 && server.indexOf(':') == colon;
            SimpleResolver resolver = new SimpleResolver(withPort ? server.substring(0, colon) : server);
            if (withPort) {
                resolver.setPort(Integer.parseInt(server.substring(colon + 1)));
            }
            servers.add(resolver);
        }
        return servers;
    }
}
