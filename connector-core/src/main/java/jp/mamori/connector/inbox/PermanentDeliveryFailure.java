package jp.mamori.connector.inbox;

/**
 * A failure that retrying cannot fix (the shop refused the credentials, the order is gone, the body
 * cannot be translated): the delivery goes to dead letters at once, to be replayed after a person
 * has fixed the cause. The message is stored and shown to integrators, so it must hold no secret.
 */
public class PermanentDeliveryFailure extends RuntimeException {

    public PermanentDeliveryFailure(String message) {
        super(message);
    }

    public PermanentDeliveryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
