package jp.mamori.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an IP-intelligence database says of one address: the country it is used in (ISO 3166-1 alpha-2, upper
 * case), null when the database does not know or has none configured; and the kinds of anonymous network it belongs
 * to, empty when it belongs to none or nobody asked.
 */
public record IpNetwork(String country, Set<AnonymousNetwork> anonymous) {

    /** Not looked up, or not in the database: says nothing. */
    public static final IpNetwork UNKNOWN = new IpNetwork(null, Set.of());

    public IpNetwork {
        anonymous = anonymous == null || anonymous.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(anonymous));
    }
}
