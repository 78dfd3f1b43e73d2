package jp.mamori.engine.checks;

import java.util.Map;
import java.util.Optional;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.normalize.EmailAddress;
import jp.mamori.engine.normalize.NormalizedOrder;

/**
 * Everything the checks may look at: the request, its normalized identities ({@code order}), and the
 * signals gathered from state: {@code orderCounts}, orders in each velocity rule's window, and
 * {@code distinctCounts}, different identities in each distinct rule's window, this order included in both.
 */
public record Evidence(
        ScreeningRequest request,
        NormalizedOrder order,
        Map<VelocityRule, Integer> orderCounts,
        Map<DistinctRule, Integer> distinctCounts) {

    public Evidence {
        orderCounts = Map.copyOf(orderCounts);
        distinctCounts = Map.copyOf(distinctCounts);
    }

    /** The buyer's email address, when one was given in a shape that could be split. */
    public Optional<EmailAddress> email() {
        return Optional.ofNullable(order.email());
    }
}
