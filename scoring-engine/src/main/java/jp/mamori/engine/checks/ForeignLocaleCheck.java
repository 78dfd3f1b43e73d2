package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.connector.Device;
import jp.mamori.engine.ReasonCode;

/**
 * A browser set up neither in Japan's time zone nor in Japanese: typical of a fraud ring abroad using a
 * Japanese identity. Either alone is ordinary (a foreign resident reads English on a browser in Asia/Tokyo;
 * a Japanese traveller's phone moves to the local time zone), so only both together count, and only when
 * the browser told both.
 */
public final class ForeignLocaleCheck implements Check {

    private final CheckSettings settings;

    public ForeignLocaleCheck(CheckSettings settings) {
        this.settings = settings;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Device device = evidence.request().device();
        if (device == null || isBlank(device.timezone()) || isBlank(device.acceptLanguage())) {
            return;
        }
        if (settings.isDomesticTimezone(device.timezone()) || acceptsDomesticLanguage(device.acceptLanguage())) {
            return;
        }
        findings.accept(Finding.of(ReasonCode.DEVICE_LOCALE_MISMATCH, firstLanguage(device.acceptLanguage()), device.timezone().strip()));
    }

    /** Whether any range of an Accept-Language header ("en-US,en;q=0.9,ja;q=0.8") is a domestic language. */
    private boolean acceptsDomesticLanguage(String acceptLanguage) {
        for (String range : acceptLanguage.split(",")) {
            String tag = range.split(";")[0].strip();
            String primary = tag.split("[-_]")[0];
            if (!primary.isEmpty() && settings.isDomesticLanguage(primary)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLanguage(String acceptLanguage) {
        return acceptLanguage.split(",")[0].split(";")[0].strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
