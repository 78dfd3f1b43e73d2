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

    /**
     * A screening, and whether this very call made it ({@code false} when an earlier call with the same key
     * did, or when the port cannot tell). An adapter that writes the decision back may skip looking for its
     * own earlier write-back of a screening that did not exist before this call.
     */
    record Answer(ScreeningResult result, boolean madeByThisCall) {
    }

    /**
     * Screens like {@link #screen}, and says whether this call made the screening. {@code requestSha256} is the
     * hex SHA-256 of the request's wire form ({@link ScreeningJson#write}) when the adapter has it already, else
     * null: the port compares it with the one stored under the idempotency key.
     */
    default Mono<Answer> screenAndTell(ScreeningRequest request, String idempotencyKey, String requestSha256) {
        return screen(request, idempotencyKey).map(result -> new Answer(result, false));
    }
}
