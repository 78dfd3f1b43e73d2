package jp.mamori.connector.inbox;

import reactor.core.publisher.Mono;

/**
 * What a platform adapter does with a stored delivery: translate it, screen it, write the decision
 * back. Completing marks the delivery done; failing with {@link PermanentDeliveryFailure} sends it
 * straight to dead letters; any other failure is retried on the {@link RetrySchedule}. A handler
 * may be called again for a delivery it already handled (a crash between its write-back and the
 * inbox recording success), so its effects must be idempotent.
 */
public interface DeliveryHandler {

    /** The platform whose deliveries this handles, as stored ({@code woocommerce}, {@code ec-cube}, …). */
    String platform();

    Mono<Void> handle(Delivery delivery);
}
