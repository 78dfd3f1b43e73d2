package jp.mamori.psp;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What a payment provider told us after the fact, in Mamori's words, whichever provider said it. Every event names
 * the payment it is about as the provider knows it ({@link Payment}), so that the screening of that payment can be
 * found, and carries the provider's own id of the event, which makes a redelivery recognisable.
 */
public sealed interface PspEvent {

    /** {@code stripe}, {@code adyen} or {@code gmo-pg}. */
    String provider();

    /** The provider's id of this event, unique per provider account. */
    String eventId();

    /**
     * What kind of event this is, as the inbox and the meters name it: {@code chargeback}, {@code fraud_reported},
     * {@code declined} or {@code ignored}. Declared by each kind, so that renaming a record renames no stored row.
     */
    String kind();

    /**
     * The payment an event is about: the provider's references to it (a payment intent and its charge, say; any may
     * be the one the screening was sent with), and the merchant's order id when the provider carries it.
     */
    record Payment(List<String> references, String orderId) {

        public Payment {
            references = references.stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
        }

        /** The payment by its references, any of which may be null, and the merchant's order id (or null). */
        public static Payment of(String orderId, String... references) {
            return new Payment(Arrays.asList(references), orderId);
        }
    }

    /** What the provider saw of the card; any part may be null. */
    record Card(String fingerprint, String bin, String last4, String country) {
    }

    /** The cardholder disputed the payment; {@code fraudulent} when the reason given is fraud. */
    record Chargeback(String provider, String eventId, Payment payment, String reason, boolean fraudulent)
            implements PspEvent {
        @Override
        public String kind() {
            return "chargeback";
        }
    }

    /** The issuer or the network reported the payment as fraud (Stripe's early fraud warning, Adyen's notice). */
    record FraudReported(String provider, String eventId, Payment payment, String fraudType) implements PspEvent {
        @Override
        public String kind() {
            return "fraud_reported";
        }
    }

    /**
     * A payment attempt the issuer or the provider declined: what card testing leaves behind. {@code attemptId} is the
     * provider's id of the attempt (a Stripe charge, an Adyen pspReference): a provider may tell of one declined attempt
     * in two events (Stripe's {@code charge.failed} and {@code payment_intent.payment_failed}), which count once.
     */
    record Declined(String provider, String eventId, String attemptId, Payment payment, Instant at, Card card,
                    Long amountMinor, String currency, String declineCode) implements PspEvent {
        @Override
        public String kind() {
            return "declined";
        }
    }

    /** An event of a kind Mamori does not use: acknowledged, and otherwise left alone. */
    record Ignored(String provider, String eventId, String type) implements PspEvent {
        @Override
        public String kind() {
            return "ignored";
        }
    }
}
