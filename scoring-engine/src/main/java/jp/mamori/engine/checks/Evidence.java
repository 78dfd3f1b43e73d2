package jp.mamori.engine.checks;

import java.util.Map;
import java.util.Optional;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.normalize.EmailAddress;

/**
 * Everything the checks may look at: the request, its normalized identities, and the signals
 * gathered from state ({@code orderCounts}: orders in each velocity rule's window, this one included).
 */
public record Evidence(
        ScreeningRequest request,
        Optional<EmailAddress> email,
        Map<VelocityRule, Integer> orderCounts) {

    public Evidence {
        orderCounts = Map.copyOf(orderCounts);
    }
}
