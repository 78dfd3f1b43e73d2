package jp.mamori.engine;

/**
 * What outside providers said of an order, gathered before it is assessed ({@link ProviderLookups}) so that the
 * assessment itself stays a pure function of the order, the policy and the state.
 *
 * @param mailDomain what DNS says of the buyer's email domain
 * @param ipNetwork  what the IP-intelligence database says of the buyer's IP address
 */
public record ProviderSignals(MailDomainStatus mailDomain, IpNetwork ipNetwork) {

    /** Nothing looked up. */
    public static final ProviderSignals NONE = new ProviderSignals(MailDomainStatus.UNKNOWN, IpNetwork.UNKNOWN);

    public ProviderSignals {
        mailDomain = mailDomain == null ? MailDomainStatus.UNKNOWN : mailDomain;
        ipNetwork = ipNetwork == null ? IpNetwork.UNKNOWN : ipNetwork;
    }
}
