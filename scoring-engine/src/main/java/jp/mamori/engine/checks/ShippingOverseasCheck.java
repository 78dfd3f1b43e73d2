package jp.mamori.engine.checks;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import jp.mamori.connector.Shipment;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.AddressFlag;
import jp.mamori.engine.normalize.JapaneseAddress;

/**
 * A shipment abroad from a shop that sells in Japan: goods bought with stolen Japanese cards are sent out
 * of reach. A shop that does ship abroad gives this reason weight 0 in its policy.
 */
public final class ShippingOverseasCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Set<String> countries = new LinkedHashSet<>();
        for (int i = 0; i < evidence.order().destinations().size(); i++) {
            JapaneseAddress address = evidence.order().destinations().get(i).address();
            if (address != null && address.has(AddressFlag.OVERSEAS)) {
                countries.add(country(evidence.request().shipping().get(i)));
            }
        }
        if (!countries.isEmpty()) {
            findings.accept(Finding.of(ReasonCode.SHIPPING_OVERSEAS, String.join(", ", countries)));
        }
    }

    /** The country as the cart sent it (normalization keeps overseas addresses as compact text only). */
    static String country(Shipment shipment) {
        return shipment.address().country().strip().toUpperCase(Locale.ROOT);
    }
}
