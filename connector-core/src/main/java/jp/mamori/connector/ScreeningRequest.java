package jp.mamori.connector;

import java.time.Instant;
import java.util.List;

/**
 * One order (or card authorization) to screen. Optional parts are {@code null}; lists are never null.
 * {@code orderedAt} is when the order was placed: velocity windows are measured from it so that
 * history can be replayed and backtested.
 */
public record ScreeningRequest(
        String orderId,
        Instant orderedAt,
        Money amount,
        Buyer buyer,
        Address billingAddress,
        List<Shipment> shipping,
        List<Item> items,
        Payment payment,
        Device device,
        Affiliate affiliate) {

    public ScreeningRequest {
        shipping = shipping == null ? List.of() : List.copyOf(shipping);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
