package jp.mamori.engine.checks;

import java.util.Locale;
import java.util.function.Consumer;

import jp.mamori.connector.Device;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.AddressFlag;
import jp.mamori.engine.normalize.JapaneseAddress;

/**
 * A browser whose clock keeps a time zone outside Japan, connected from a Japanese IP address, for a buyer
 * with a Japanese address: the device is abroad and the network is not, which is what a proxy, a VPN or a
 * rented server in Japan looks like from the shop. Consistent devices are left alone: a traveller's phone abroad
 * has both a foreign clock and a foreign network (that is {@link OverseasIpCheck}'s), a buyer at home has neither.
 * Only when the browser told its time zone and the caller its IP country.
 */
public final class TimezoneNetworkMismatchCheck implements Check {

    private final CheckSettings settings;

    public TimezoneNetworkMismatchCheck(CheckSettings settings) {
        this.settings = settings;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Device device = evidence.request().device();
        if (device == null || device.timezone() == null || device.timezone().isBlank() || device.ipCountry() == null) {
            return;
        }
        if (!device.ipCountry().strip().toUpperCase(Locale.ROOT).equals("JP") || settings.isDomesticTimezone(device.timezone())) {
            return;
        }
        if (hasDomesticAddress(evidence)) {
            findings.accept(Finding.of(ReasonCode.DEVICE_TIMEZONE_IP_MISMATCH, device.timezone().strip()));
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
