package jp.mamori.engine.checks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import jp.mamori.connector.Card;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.AddressFlag;
import jp.mamori.engine.normalize.JapaneseAddress;
import jp.mamori.engine.normalize.NormalizedOrder;

/**
 * A card issued in one country for goods shipped to another: card data stolen abroad is spent on goods
 * sent to a Japanese drop address, and Japanese cards on goods sent out. Foreign residents pay with cards
 * from home, so it weighs little alone. Destinations are the shipments, or the billing address without any.
 */
public final class IssuerCountryMismatchCheck implements Check {

    private static final String JAPAN = "JP";

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        ScreeningRequest request = evidence.request();
        Card card = request.payment() == null ? null : request.payment().card();
        if (card == null || card.issuerCountry() == null) {
            return;
        }
        String issuer = card.issuerCountry().strip().toUpperCase(Locale.ROOT);
        if (!issuer.matches("[A-Z]{2}")) {
            return;
        }
        Set<String> elsewhere = new LinkedHashSet<>();
        for (String country : destinationCountries(evidence)) {
            if (!country.equals(issuer)) {
                elsewhere.add(country);
            }
        }
        if (!elsewhere.isEmpty()) {
            findings.accept(Finding.of(ReasonCode.PAYMENT_ISSUER_COUNTRY_MISMATCH, issuer, String.join(", ", elsewhere)));
        }
    }

    private static Set<String> destinationCountries(Evidence evidence) {
        NormalizedOrder order = evidence.order();
        Set<String> countries = new LinkedHashSet<>();
        List<NormalizedOrder.Destination> destinations = order.destinations();
        for (int i = 0; i < destinations.size(); i++) {
            JapaneseAddress address = destinations.get(i).address();
            if (address != null) {
                countries.add(address.has(AddressFlag.OVERSEAS)
                        ? ShippingOverseasCheck.country(evidence.request().shipping().get(i)) : JAPAN);
            }
        }
        if (countries.isEmpty() && order.billingAddress() != null) {
            countries.add(order.billingAddress().has(AddressFlag.OVERSEAS)
                    ? evidence.request().billingAddress().country().strip().toUpperCase(Locale.ROOT) : JAPAN);
        }
        return countries;
    }
}
