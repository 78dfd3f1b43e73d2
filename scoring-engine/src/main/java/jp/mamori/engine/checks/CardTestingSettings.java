package jp.mamori.engine.checks;

import java.time.Duration;

import jp.mamori.engine.IdentityKind;

/**
 * The thresholds of the card-testing checks beyond the distinct-card rules, as policy data.
 *
 * @param window               how far back card attempts from one device, IP address or email count
 * @param sequentialGap        two last-four-digit groups of one BIN at most this far apart are "nearby"
 * @param sequentialLimit      at most this many nearby cards of one BIN per device or email in {@code window}
 *                             (per IP address twice as many: {@link #limitFrom})
 * @param smallAmountYen       an order of at most this many yen is small
 * @param smallAmountCardLimit at most this many different cards on small orders per device in {@code window} (per IP
 *                             address twice as many)
 * @param declineWindow        how far back declined card payments count
 * @param declineLimit         at most this many declines per device, IP address, email or card in {@code declineWindow}
 * @param binDeclineLimit      at most this many declines per BIN (the first six digits) across the shop in {@code declineWindow}
 */
public record CardTestingSettings(
        Duration window,
        int sequentialGap,
        int sequentialLimit,
        long smallAmountYen,
        int smallAmountCardLimit,
        Duration declineWindow,
        int declineLimit,
        int binDeclineLimit) {

    /**
     * One hour; last4 within 100 of each other (a generator stepping the account number moves them by 1 to 19),
     * more than two of them; ¥1,000 or less, more than two cards; more than three declines per identity and
     * more than ten per BIN in an hour.
     */
    public static final CardTestingSettings DEFAULT = new CardTestingSettings(
            Duration.ofHours(1), 100, 2, 1_000, 2, Duration.ofHours(1), 3, 10);

    public CardTestingSettings {
        positive(window, "card_testing.window");
        positive(declineWindow, "card_testing.decline_window");
        if (sequentialGap < 1 || sequentialGap > 9_999) {
            throw new IllegalArgumentException("card_testing.sequential_last4_gap must be between 1 and 9999");
        }
        atLeastOne(sequentialLimit, "card_testing.sequential_last4_limit");
        atLeastOne(smallAmountCardLimit, "card_testing.small_amount_card_limit");
        atLeastOne(declineLimit, "card_testing.decline_limit");
        atLeastOne(binDeclineLimit, "card_testing.bin_decline_limit");
        if (smallAmountYen < 1) {
            throw new IllegalArgumentException("card_testing.small_amount_yen must be at least 1");
        }
    }

    /**
     * A limit as it applies to attempts seen from {@code where}: doubled for an IP address, which a household, an
     * office or a carrier's customers share (and family cards, 家族カード, can have neighbouring numbers).
     */
    public static int limitFrom(int limit, IdentityKind where) {
        return where == IdentityKind.IP ? limit * 2 : limit;
    }

    static void positive(Duration window, String name) {
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration such as PT1H");
        }
    }

    static void atLeastOne(int limit, String name) {
        if (limit < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
    }
}
