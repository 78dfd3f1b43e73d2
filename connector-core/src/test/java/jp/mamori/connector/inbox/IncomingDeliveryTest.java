package jp.mamori.connector.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class IncomingDeliveryTest {

    @Test
    void theDeduplicationKeyChangesWithContentButNotWithArrival() {
        IncomingDelivery first = new IncomingDelivery("woocommerce", "kyoto-tea", "1024", "order.updated", "fp-a", "{}", Instant.EPOCH);
        IncomingDelivery again = new IncomingDelivery("woocommerce", "kyoto-tea", "1024", "order.created", "fp-a", "{ }", Instant.now());
        IncomingDelivery changed = new IncomingDelivery("woocommerce", "kyoto-tea", "1024", "order.updated", "fp-b", "{}", Instant.EPOCH);
        IncomingDelivery otherShop = new IncomingDelivery("woocommerce", "osaka-tea", "1024", "order.updated", "fp-a", "{}", Instant.EPOCH);
        assertThat(again.deduplicationKey()).isEqualTo(first.deduplicationKey());
        assertThat(changed.deduplicationKey()).isNotEqualTo(first.deduplicationKey());
        assertThat(otherShop.deduplicationKey()).isNotEqualTo(first.deduplicationKey());
    }
}
