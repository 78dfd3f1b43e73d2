package jp.mamori.gateway.review;

import java.util.Optional;

/** What a merchant, or the merchant's payment provider, learnt about an order after it was screened. */
public enum FeedbackType {
    /** The card holder disputed the payment as fraud. */
    CHARGEBACK("chargeback", Effect.LISTS, true),
    /** The merchant confirmed the order as fraud by other means (a police report, a returned parcel). */
    FRAUD_CONFIRMED("fraud_confirmed", Effect.LISTS, true),
    /** The buyer turned out to be genuine: the merchant's own listings of these identities are lifted. */
    LEGIT_CONFIRMED("legit_confirmed", Effect.UNLISTS, true),
    /** The issuer or the card network reported the payment as fraud (Stripe's early fraud warning, Adyen's notice). */
    FRAUD_REPORTED("fraud_reported", Effect.LISTS, false),
    /**
     * The card holder disputed the payment for a reason other than fraud (goods not received, a duplicate charge): on
     * record, but no sign of who the buyer is.
     */
    DISPUTE("dispute", Effect.NONE, false);

    /** What a feedback of a type does to the shared negative list. */
    public enum Effect {
        /** Lists the order's identities for every merchant to match. */
        LISTS,
        /** Lifts the merchant's own listings of the order's identities. */
        UNLISTS,
        /** Leaves the list as it is. */
        NONE
    }

    private final String label;
    private final Effect effect;
    private final boolean sentByMerchants;

    FeedbackType(String label, Effect effect, boolean sentByMerchants) {
        this.label = label;
        this.effect = effect;
        this.sentByMerchants = sentByMerchants;
    }

    /** The name on the wire and in the database. */
    public String label() {
        return label;
    }

    public Effect effect() {
        return effect;
    }

    /** Whether this feedback lists the order's identities for every merchant to match. */
    public boolean confirmsFraud() {
        return effect == Effect.LISTS;
    }

    /** A type any feedback may carry, from the merchant's API or from a provider's event. */
    public static Optional<FeedbackType> fromLabel(String label) {
        for (FeedbackType type : values()) {
            if (type.label.equals(label)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * A type a merchant may send through the API. The others come only from a provider's signed event: a merchant who
     * disputes its own order has nothing to tell, and the issuer's report is the issuer's to make.
     */
    public static Optional<FeedbackType> fromMerchant(String label) {
        return fromLabel(label).filter(type -> type.sentByMerchants);
    }
}
