package jp.mamori.engine.checks;

import java.util.Locale;
import java.util.function.Consumer;

import jp.mamori.connector.Device;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.AddressFlag;
import jp.mamori.engine.normalize.JapaneseAddress;

/**
 * An order from a foreign IP address for a buyer whose address is in Japan: stolen Japanese card data is
 * mostly used from abroad. Travellers do this too, so it weighs moderately. The country comes from the
 * caller (its CDN); without it nothing is judged.
 */
public final class OverseasIpCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Device device = evidence.request().device();
        if (device == null || device.ipCountry() == null) {
            return;
        }
        String country = device.ipCountry().strip().toUpperCase(Locale.ROOT);
        // Only real country codes: CDNs send XX for unknown and T1 for Tor.
        if (!country.matches("[A-Z]{2}") || country.equals("XX") || country.equals("JP")) {
            return;
        }
        if (hasDomesticAddress(evidence)) {
            findings.accept(Finding.of(ReasonCode.DEVICE_IP_OVERSEAS, country));
        }
    }

    /** The billing address, or the first shipment's when there is none, is in Japan. */
    private static boolean hasDomesticAddress(Evidence evidence) {
        JapaneseAddress address = evidence.order().billingAddress();
        if (address == null && !evidence.order().destinations().isEmpty()) {
            address = evidence.order().destinations().get(0).address();
        }
        return address != null && !address.has(AddressFlag.OVERSEAS);
    }
}
