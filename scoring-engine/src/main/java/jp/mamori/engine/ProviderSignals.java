package jp.mamori.engine;

/**
 * What outside providers said of an order, gathered before it is assessed ({@link ProviderLookups}) so that the
 * assessment itself stays a pure function of the order, the policy and the state.
 *
 * @param mailDomain what DNS says of the buyer's email domain
 */
public record ProviderSignals(MailDomainStatus mailDomain) {

    /** Nothing looked up. */
    public static final ProviderSignals NONE = new ProviderSignals(MailDomainStatus.UNKNOWN);

    public ProviderSignals {
        mailDomain = mailDomain == null ? MailDomainStatus.UNKNOWN : mailDomain;
    }
}
