package jp.mamori.gateway.psp.events;

import jp.mamori.gateway.storage.Reads;
import jp.mamori.psp.PspEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Finds the screening a provider's event is about, among the merchant's own: by the provider's reference the
 * authorization was sent with ({@code payment.psp.reference}), else by the merchant's order id, the latest screening
 * of that order.
 */
@Component
public class PspPayments {

    private final Reads reads;

    public PspPayments(Reads reads) {
        this.reads = reads;
    }

    /** The screening id; empty when none of the merchant's screenings matches. */
    public Mono<String> screeningOf(String merchantId, String provider, PspEvent.Payment payment) {
        Mono<String> byReference = Flux.fromIterable(payment.references())
                .concatMap(reference -> reads.one("SELECT screening_id FROM authorizations WHERE psp_provider = ? "
                        + "AND psp_reference = ? AND merchant_id = ? ORDER BY answered_at DESC FETCH FIRST 1 ROWS ONLY",
                        row -> row.getString(1), provider, reference, merchantId))
                .next();
        Mono<String> byOrder = payment.orderId() == null ? Mono.empty()
                : reads.one("SELECT id FROM screenings WHERE merchant_id = ? AND order_id = ? "
                        + "ORDER BY screened_at DESC FETCH FIRST 1 ROWS ONLY", row -> row.getString(1), merchantId,
                        payment.orderId());
        return byReference.switchIfEmpty(byOrder);
    }
}
