package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.connector.Device;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.JapaneseNames;

/**
 * A browser that does not fit a buyer in Japan, the sign of a fraud ring abroad using a Japanese identity. A
 * browser in neither Japan's time zone nor Japanese is one ({@code DEVICE_LOCALE_MISMATCH}); either alone is
 * ordinary (a foreign resident reads English on a browser in Asia/Tokyo; a Japanese traveller's phone moves to the
 * local time zone), so only both together count, and only when the browser told both. A browser that accepts no
 * Japanese at all, on Japan's clock or with the clock not told, is the other
 * ({@code DEVICE_LANGUAGE_NAME_MISMATCH}) when the buyer's name is a Japanese one: residents from abroad, whose
 * browsers speak their own language, write their own names ({@link JapaneseNames}). One browser language is one
 * fact, reported once: the time zone mismatch, the stronger, when both apply.
 */
public final class ForeignLocaleCheck implements Check {

    private final CheckSettings settings;

    public ForeignLocaleCheck(CheckSettings settings) {
        this.settings = settings;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Device device = evidence.request().device();
        if (device == null || isBlank(device.acceptLanguage()) || acceptsDomesticLanguage(device.acceptLanguage())) {
            return;
        }
        String language = firstLanguage(device.acceptLanguage());
        if (!isBlank(device.timezone()) && !settings.isDomesticTimezone(device.timezone())) {
            findings.accept(Finding.of(ReasonCode.DEVICE_LOCALE_MISMATCH, language, device.timezone().strip()));
        } else if (JapaneseNames.isJapanese(evidence.order().buyerName())) {
            findings.accept(Finding.of(ReasonCode.DEVICE_LANGUAGE_NAME_MISMATCH, language));
        }
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
