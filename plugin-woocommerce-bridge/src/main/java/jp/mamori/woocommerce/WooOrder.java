package jp.mamori.woocommerce;

import jp.mamori.connector.ScreenedContent;
import jp.mamori.connector.ScreeningRequest;

/**
 * One WooCommerce order as the bridge acts on it: what to screen ({@code request}), what decides
 * whether to screen it ({@code status}, {@code paymentMethod}, {@code content}), and Mamori's stamp
 * from an earlier write-back when the order carries one ({@code stamp}, else null).
 */
public record WooOrder(long id, String status, String paymentMethod, ScreeningRequest request,
        ScreenedContent content, MamoriStamp stamp) {

    /**
     * The idempotency key to screen this order under: deliveries of the same content (order.created and
     * order.updated fire together with the same body) get the same screening, changed content a new one.
     */
    public String idempotencyKey() {
        return request.orderId() + ":" + content.fingerprint();
    }
}
