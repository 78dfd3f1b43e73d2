package jp.mamori.connector.inbox;

/**
 * A delivery whose body holds what Mamori must never keep (a card number typed into an address line):
 * dead-lettered at once like any {@link PermanentDeliveryFailure}, and its stored body erased, so the
 * dead letter keeps only which order it was and why. The shop's next change to the order brings it again.
 */
public class UnkeepableDelivery extends PermanentDeliveryFailure {

    public UnkeepableDelivery(String message) {
        super(message);
    }
}
