package jp.mamori.eccube;

import reactor.core.publisher.Mono;

/**
 * What Mamori screened of each EC-CUBE order: the fingerprint of the content last screened and its
 * screening. EC-CUBE reports an order as updated for every change and has no field of its own to keep a
 * stamp in without Mamori42, so this record is how a change that screening does not look at (a status,
 * a shipping date, Mamori's own write-back) is told from one it does.
 */
public interface ScreenedOrders {

    /** The fingerprint last screened for the order, or empty. */
    Mono<String> lastFingerprint(String shopId, long orderId);

    /**
     * Records that a delivery fetched the order with this content and sets out to screen it. From then on
     * the content is the inbox's to finish (retries, dead letter, replay), so the reconciliation leaves it
     * alone even before it is screened.
     */
    Mono<Void> screening(String shopId, long orderId, String fingerprint);

    /** Records that {@code fingerprint} was screened as {@code screeningId} and written back as {@code writtenBack}. */
    Mono<Void> remember(String shopId, long orderId, String fingerprint, String screeningId, String writtenBack);
}
