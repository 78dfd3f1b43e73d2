package jp.mamori.connector.inbox;

import reactor.core.publisher.Mono;

/**
 * Where verified webhook deliveries are kept until they are handled. A webhook is answered 2xx
 * only once {@link #accept} has completed: from then on the delivery survives a crash, and it is
 * handed to its platform's {@link DeliveryHandler} until that succeeds or it is dead-lettered.
 */
public interface Inbox {

    /** What became of a delivery offered to the inbox. */
    enum Acceptance {
        /** Durably stored; it will be handled. */
        STORED,
        /** The same content for the same resource was stored before: nothing to do. */
        DUPLICATE
    }

    /** Stores the delivery durably, or recognises it as a duplicate; completes only after the commit. */
    Mono<Acceptance> accept(IncomingDelivery delivery);
}
