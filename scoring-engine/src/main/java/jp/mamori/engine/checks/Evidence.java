package jp.mamori.engine.checks;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ProviderSignals;
import jp.mamori.engine.normalize.EmailAddress;
import jp.mamori.engine.normalize.NormalizedOrder;

/**
 * Everything the checks may look at: the request, its normalized identities ({@code order}), and the
 * signals gathered from state: {@code orderCounts}, orders in each velocity rule's window, and
 * {@code distinctCounts}, different identities in each distinct rule's window, this order included in both;
 * {@code negativeListMatches}, the kinds of this order's identities on the shared negative list; and what
 * the ledgers say: {@code firstPurchaseRepeats}, {@code cardTesting} and {@code affiliate}; and what outside
 * providers said: {@code providers}.
 */
public record Evidence(
        ScreeningRequest request,
        NormalizedOrder order,
        Map<VelocityRule, Integer> orderCounts,
        Map<DistinctRule, Integer> distinctCounts,
        Set<IdentityKind> negativeListMatches,
        List<FirstPurchaseRepeat> firstPurchaseRepeats,
        CardTestingSignals cardTesting,
        AffiliateSignals affiliate,
        ProviderSignals providers) {

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    public Evidence {
        orderCounts = Map.copyOf(orderCounts);
        distinctCounts = Map.copyOf(distinctCounts);
        negativeListMatches = negativeListMatches.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(negativeListMatches));
        firstPurchaseRepeats = List.copyOf(firstPurchaseRepeats);
        cardTesting = cardTesting == null ? CardTestingSignals.NONE : cardTesting;
        affiliate = affiliate == null ? AffiliateSignals.NONE : affiliate;
        providers = providers == null ? ProviderSignals.NONE : providers;
    }

    /** Evidence without anything from the providers. */
    public Evidence(ScreeningRequest request, NormalizedOrder order, Map<VelocityRule, Integer> orderCounts,
                    Map<DistinctRule, Integer> distinctCounts, Set<IdentityKind> negativeListMatches,
                    List<FirstPurchaseRepeat> firstPurchaseRepeats, CardTestingSignals cardTesting, AffiliateSignals affiliate) {
        this(request, order, orderCounts, distinctCounts, negativeListMatches, firstPurchaseRepeats, cardTesting, affiliate,
                ProviderSignals.NONE);
    }

    /** Evidence without anything from the ledgers. */
    public Evidence(ScreeningRequest request, NormalizedOrder order, Map<VelocityRule, Integer> orderCounts,
                    Map<DistinctRule, Integer> distinctCounts, Set<IdentityKind> negativeListMatches) {
        this(request, order, orderCounts, distinctCounts, negativeListMatches, List.of(), CardTestingSignals.NONE,
                AffiliateSignals.NONE, ProviderSignals.NONE);
    }

    /**
     * The country of the buyer's IP address, upper case: the caller's {@code device.ip_country} when it names one,
     * else what the IP-intelligence database says ({@link #providers()}). The caller wins because its CDN saw the
     * connection itself and is usually as current as any database, and because a shop that sends the country keeps
     * the decisions it had before a database was configured; the database fills the gap and adds the anonymous
     * networks. Empty when neither knows; CDNs' "XX" (unknown) and "T1" (Tor) name no country.
     */
    public Optional<String> ipCountry() {
        Optional<String> caller = request.device() == null ? Optional.empty() : countryCode(request.device().ipCountry());
        return caller.or(() -> countryCode(providers.ipNetwork().country()));
    }

    private static Optional<String> countryCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        return COUNTRY_CODE.matcher(code).matches() && !code.equals("XX") ? Optional.of(code) : Optional.empty();
    }

    /** The buyer's email address, when one was given in a shape that could be split. */
    public Optional<EmailAddress> email() {
        return Optional.ofNullable(order.email());
    }
}
