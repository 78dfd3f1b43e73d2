package jp.mamori.gateway.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jp.mamori.connector.inbox.Inbox.Acceptance;
import jp.mamori.gateway.RunningGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** What the inbox accepted before a stop is handled after the start that follows. */
class InboxRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void acceptedDeliveriesAreHandledAfterARestart() {
        List<String> orders = List.of("1001", "1002", "1003");
        try (RunningGateway before = RunningGateway.start(dataDir, new Class<?>[] {ScriptedHandler.Setup.class})) {
            ScriptedHandler stuck = before.bean(ScriptedHandler.class);
            orders.forEach(order -> stuck.script(order, d -> Mono.never()));
            for (String order : orders) {
                assertThat(before.bean(InboxStore.class).accept(InboxTest.delivery(order, "v1")).block())
                        .isEqualTo(Acceptance.STORED);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> orders.stream().allMatch(o -> stuck.handled(o).size() == 1));
        }
        try (RunningGateway after = RunningGateway.start(dataDir, new Class<?>[] {ScriptedHandler.Setup.class})) {
            ScriptedHandler handler = after.bean(ScriptedHandler.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> orders.stream().allMatch(o -> handler.handled(o).size() == 1));
            InboxStore inbox = after.bean(InboxStore.class);
            for (String order : orders) {
                String id = handler.handled(order).get(0).id();
                await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(inbox.status(id).block()));
            }
        }
    }
}
