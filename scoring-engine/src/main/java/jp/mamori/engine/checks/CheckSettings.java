package jp.mamori.engine.checks;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The thresholds of the checks, as policy data: what counts as a high amount, how sure a furigana mismatch
 * must be, what the browser of a buyer in Japan looks like, and which payment methods are paid after delivery.
 *
 * @param freeMailHighAmountYen  an order of at least this many yen from a free-mail address is noted
 * @param furiganaMinConfidence  a furigana mismatch counts only when at least this sure (above 0, at most 1)
 * @param domesticTimezones      IANA time zones of a browser in Japan, compared ignoring case
 * @param domesticLanguages      primary language tags of a Japanese browser, compared ignoring case
 * @param payLaterMethods        {@code payment.method} values paid on or after delivery (後払い, 代金引換), compared
 *                               ignoring case and surrounding whitespace
 * @param firstPurchaseLookback  how long a purchase of a first-purchase-only item is remembered against its buyer
 * @param cardTesting            the card-testing thresholds
 * @param affiliates             the affiliate burst thresholds
 */
public record CheckSettings(
        long freeMailHighAmountYen,
        double furiganaMinConfidence,
        Set<String> domesticTimezones,
        Set<String> domesticLanguages,
        Set<String> payLaterMethods,
        Duration firstPurchaseLookback,
        CardTestingSettings cardTesting,
        AffiliateSettings affiliates) {

    /** A year: long enough for trial offers, short enough that someone moving into the flat may try the trial. */
    public static final Duration FIRST_PURCHASE_LOOKBACK = Duration.ofDays(365);

    /**
     * What the carts Mamori serves send as {@code payment.method} when the buyer pays on or after delivery:
     * {@code deferred} and {@code cod}, the API's own words (cod is also WooCommerce's cash-on-delivery gateway);
     * 代金引換, EC-CUBE's bundled cash on delivery, which it sends by the method's name; {@code paidy} and
     * {@code kuronekoatobarai}, the WooCommerce gateways of Paidy and of Yamato's クロネコ代金後払い; NP後払い, the name
     * under which shops list Net Protections' service. Other names a shop gives its methods go in its own policy.
     */
    public static final Set<String> PAY_LATER_METHODS = Set.of("deferred", "cod", "代金引換", "paidy", "kuronekoatobarai", "NP後払い");

    /** ¥100,000; mismatches of a known family name or whole name (0.8) and surer; Asia/Tokyo or its old alias; ja; and the defaults above. */
    public static final CheckSettings DEFAULT = new CheckSettings(100_000, 0.8, Set.of("Asia/Tokyo", "Japan"), Set.of("ja"));

    public CheckSettings {
        if (freeMailHighAmountYen < 1) {
            throw new IllegalArgumentException("free_mail_high_amount_yen must be at least 1");
        }
        if (!(furiganaMinConfidence > 0 && furiganaMinConfidence <= 1)) {
            throw new IllegalArgumentException("furigana_min_confidence must be above 0 and at most 1");
        }
        domesticTimezones = lowerCase(domesticTimezones);
        domesticLanguages = lowerCase(domesticLanguages);
        payLaterMethods = lowerCase(payLaterMethods);
        CardTestingSettings.positive(firstPurchaseLookback, "first_purchase_lookback");
        if (cardTesting == null || affiliates == null) {
            throw new IllegalArgumentException("card_testing and affiliate settings are required");
        }
    }

    /**
     * The settings of the first four checks, with the defaults of the pay-later, card-testing, first-purchase and
     * affiliate checks.
     */
    public CheckSettings(long freeMailHighAmountYen, double furiganaMinConfidence, Set<String> domesticTimezones,
                         Set<String> domesticLanguages) {
        this(freeMailHighAmountYen, furiganaMinConfidence, domesticTimezones, domesticLanguages, PAY_LATER_METHODS,
                FIRST_PURCHASE_LOOKBACK, CardTestingSettings.DEFAULT, AffiliateSettings.DEFAULT);
    }

    public boolean isDomesticTimezone(String timezone) {
        return domesticTimezones.contains(timezone.strip().toLowerCase(Locale.ROOT));
    }

    public boolean isDomesticLanguage(String primaryTag) {
        return domesticLanguages.contains(primaryTag.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether an order paid by {@code method} is paid on or after delivery; carts write methods in any case ("COD"). */
    public boolean isPayLater(String method) {
        return payLaterMethods.contains(method.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerCase(Set<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
