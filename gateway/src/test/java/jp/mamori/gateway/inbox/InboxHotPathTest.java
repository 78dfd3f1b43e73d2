package jp.mamori.gateway.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.mamori.connector.inbox.Inbox.Acceptance;
import jp.mamori.connector.inbox.IncomingDelivery;
import jp.mamori.gateway.SharedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

/**
 * The worker takes a stored delivery straight from its webhook. With the poll interval an hour, only that path can
 * hand deliveries out after the first look-up: every delivery of a burst whose commits complete on several threads
 * at once must still reach the worker, none left waiting for a poll.
 */
class InboxHotPathTest {

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway(new Class<?>[] {ScriptedHandler.Setup.class}, "mamori.inbox.poll-interval=1h");

    @Test
    void everyDeliveryOfABurstReachesTheWorkerWithoutAPoll() {
        InboxStore inbox = shared.get().bean(InboxStore.class);
        ScriptedHandler handler = shared.get().bean(ScriptedHandler.class);
        List<IncomingDelivery> burst = Flux.range(0, 500)
                .map(i -> InboxTest.delivery("order-" + UUID.randomUUID().toString().substring(0, 8), "v1"))
                .collectList().block();

        List<Acceptance> stored = Flux.fromIterable(burst).flatMap(inbox::accept, 64).collectList().block(Duration.ofSeconds(60));

        assertThat(stored).hasSize(500).containsOnly(Acceptance.STORED);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> burst.stream().allMatch(d -> handler.handled(d.resourceId()).size() == 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.pendingCount().block() == 0);
    }
}
