package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.AddressFlag;
import jp.mamori.engine.normalize.JapaneseAddress;

/**
 * An order from a foreign IP address for a buyer whose address is in Japan: stolen Japanese card data is
 * mostly used from abroad. Travellers do this too, so it weighs moderately. The country is the caller's (its CDN),
 * else the IP-intelligence database's ({@link Evidence#ipCountry()}); without either nothing is judged.
 */
public final class OverseasIpCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        evidence.ipCountry()
                .filter(country -> !country.equals("JP"))
                .filter(country -> hasDomesticAddress(evidence))
                .ifPresent(country -> findings.accept(Finding.of(ReasonCode.DEVICE_IP_OVERSEAS, country)));
    }

    /** The billing address, or the first shipment's when there is none, is in Japan. */
    static boolean hasDomesticAddress(Evidence evidence) {
        JapaneseAddress address = evidence.order().billingAddress();
        if (address == null && !evidence.order().destinations().isEmpty()) {
            address = evidence.order().destinations().get(0).address();
        }
        return address != null && !address.has(AddressFlag.OVERSEAS);
    }
}
