package jp.mamori.bench.replay;

import java.util.Locale;

/**
 * What generated an order of the labelled set: a kind of genuine buyer or a fraud pattern. An order is
 * labelled by the pattern that made it, never by what the engine said about it.
 */
public enum ReplayLabel {
    LEGIT(false),
    LEGIT_LOYAL(false),
    LEGIT_FAMILY(false),
    LEGIT_GIFT(false),
    LEGIT_FOREIGN_RESIDENT(false),
    LEGIT_HALFWIDTH_KANA(false),
    LEGIT_CORPORATE(false),
    FRAUD_CARD_TESTING(true),
    FRAUD_RESALE_RING(true),
    FRAUD_NEGATIVE_LIST(true),
    FRAUD_FOREIGN_IMPERSONATION(true),
    FRAUD_AFFILIATE_SELF_REFERRAL(true),
    FRAUD_DISPOSABLE_IDENTITY(true),
    FRAUD_FORWARDING(true);

    private final boolean fraud;

    ReplayLabel(boolean fraud) {
        this.fraud = fraud;
    }

    public boolean isFraud() {
        return fraud;
    }

    /** As written in the data set: {@code legit_loyal}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReplayLabel of(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown label: " + text);
        }
    }
}
