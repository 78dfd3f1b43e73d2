package jp.mamori.gateway.review;

import java.util.Optional;

/** What a merchant learnt about an order after it was screened. */
public enum FeedbackType {
    /** The card holder disputed the payment. */
    CHARGEBACK("chargeback", true),
    /** The merchant confirmed the order as fraud by other means (a police report, a returned parcel). */
    FRAUD_CONFIRMED("fraud_confirmed", true),
    /** The buyer turned out to be genuine: the merchant's own listings of these identities are lifted. */
    LEGIT_CONFIRMED("legit_confirmed", false);

    private final String label;
    private final boolean confirmsFraud;

    FeedbackType(String label, boolean confirmsFraud) {
        this.label = label;
        this.confirmsFraud = confirmsFraud;
    }

    /** The name on the wire and in the database. */
    public String label() {
        return label;
    }

    /** Whether this feedback lists the order's identities for every merchant to match. */
    public boolean confirmsFraud() {
        return confirmsFraud;
    }

    public static Optional<FeedbackType> fromLabel(String label) {
        for (FeedbackType type : values()) {
            if (type.label.equals(label)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
