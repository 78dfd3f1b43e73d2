package jp.mamori.connector;

import reactor.core.publisher.Mono;

/**
 * Where adapters send orders to be screened, for one merchant. Inside the gateway it is in-process;
 * an adapter deployed on its own reaches the gateway over HTTP. Adapters never call the engine directly.
 */
public interface ScreeningPort {

    /**
     * Screens one order. Calling again with the same {@code idempotencyKey} and request returns the
     * first screening instead of screening twice; {@code idempotencyKey} may be null.
     */
    Mono<ScreeningResult> screen(ScreeningRequest request, String idempotencyKey);
}
