package jp.mamori.engine.checks;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The thresholds of the checks, as policy data: what counts as a high amount, how sure a furigana mismatch
 * must be, and what the browser of a buyer in Japan looks like.
 *
 * @param freeMailHighAmountYen  an order of at least this many yen from a free-mail address is noted
 * @param furiganaMinConfidence  a furigana mismatch counts only when at least this sure (above 0, at most 1)
 * @param domesticTimezones      IANA time zones of a browser in Japan, compared ignoring case
 * @param domesticLanguages      primary language tags of a Japanese browser, compared ignoring case
 */
public record CheckSettings(
        long freeMailHighAmountYen,
        double furiganaMinConfidence,
        Set<String> domesticTimezones,
        Set<String> domesticLanguages) {

    /** ¥100,000; mismatches of a known family name or whole name (0.8) and surer; Asia/Tokyo or its old alias; ja. */
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
    }

    public boolean isDomesticTimezone(String timezone) {
        return domesticTimezones.contains(timezone.strip().toLowerCase(Locale.ROOT));
    }

    public boolean isDomesticLanguage(String primaryTag) {
        return domesticLanguages.contains(primaryTag.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerCase(Set<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
