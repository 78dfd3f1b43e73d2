package jp.mamori.eccube;

import jp.mamori.connector.ScreenedContent;
import jp.mamori.connector.ScreeningRequest;

/**
 * One EC-CUBE order as the bridge acts on it: its id, its {@code OrderStatus} id and payment method
 * (which decide whether to screen it), what to screen ({@code request}) and the fingerprint of that.
 */
public record EcCubeOrder(long id, int statusId, String paymentMethod, ScreeningRequest request,
        ScreenedContent content) {

    /** The idempotency key to screen this order under: the same content gets the same screening, changed content a new one. */
    public String idempotencyKey() {
        return request.orderId() + ":" + content.fingerprint();
    }
}
