package jp.mamori.psp.adyen;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether an Adyen chargeback was raised for fraud, read from the card scheme's reason code that Adyen passes on
 * ({@code additionalData.chargebackSchemeCode} and {@code chargebackReasonCode}). The codes are the schemes' own fraud
 * category: Visa's 10.x (and the older 57, 62, 81, 83, 93 some issuers still send), Mastercard's "no cardholder
 * authorization" family, American Express's F and FR codes, Discover's UA codes. A scheme not in the table, or a
 * chargeback without a code, falls back to the reason text Adyen writes, which names fraud when it was.
 */
final class ChargebackReasons {

    private static final Map<String, Set<String>> FRAUD_CODES = Map.of(
            "visa", Set.of("10.1", "10.2", "10.3", "10.4", "10.5", "57", "62", "81", "83", "93"),
            "mc", Set.of("4837", "4840", "4849", "4863", "4870", "4871"),
            "amex", Set.of("F24", "F29", "F30", "F31", "FR2", "FR4", "FR6"),
            "discover", Set.of("UA01", "UA02", "UA05", "UA06"));

    private ChargebackReasons() {
    }

    /** {@code scheme}, {@code code} and {@code reason} as Adyen sent them; any may be null. */
    static boolean isFraud(String scheme, String code, String reason) {
        Set<String> fraud = scheme == null ? null : FRAUD_CODES.get(scheme(scheme));
        if (fraud != null && code != null && !code.isBlank()) {
            return fraud.contains(code.strip().toUpperCase(Locale.ROOT));
        }
        return reason != null && reason.toLowerCase(Locale.ROOT).contains("fraud");
    }

    private static String scheme(String scheme) {
        String lower = scheme.strip().toLowerCase(Locale.ROOT);
        return lower.equals("mastercard") ? "mc" : lower;
    }
}
