package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.connector.Device;
import jp.mamori.engine.ReasonCode;

/**
 * A browser whose clock keeps a time zone outside Japan, connected from a Japanese IP address, for a buyer
 * with a Japanese address: the device is abroad and the network is not, which is what a proxy, a VPN or a
 * rented server in Japan looks like from the shop. Consistent devices are left alone: a traveller's phone abroad
 * has both a foreign clock and a foreign network (that is {@link OverseasIpCheck}'s), a buyer at home has neither.
 * Only when the browser told its time zone and the IP country is known ({@link Evidence#ipCountry()}).
 */
public final class TimezoneNetworkMismatchCheck implements Check {

    private final CheckSettings settings;

    public TimezoneNetworkMismatchCheck(CheckSettings settings) {
        this.settings = settings;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Device device = evidence.request().device();
        if (device == null || device.timezone() == null || device.timezone().isBlank()) {
            return;
        }
        if (evidence.ipCountry().filter("JP"::equals).isEmpty() || settings.isDomesticTimezone(device.timezone())) {
            return;
        }
        if (OverseasIpCheck.hasDomesticAddress(evidence)) {
            findings.accept(Finding.of(ReasonCode.DEVICE_TIMEZONE_IP_MISMATCH, device.timezone().strip()));
        }
    }
}
