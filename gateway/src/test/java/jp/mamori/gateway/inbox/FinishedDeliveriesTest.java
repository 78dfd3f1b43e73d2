package jp.mamori.gateway.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jp.mamori.connector.inbox.PermanentDeliveryFailure;
import jp.mamori.gateway.RunningGateway;
import jp.mamori.gateway.SharedGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

/** Old finished deliveries are deleted; dead letters and deliveries still to be handled are not. */
class FinishedDeliveriesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration KEEP = Duration.ofSeconds(5);

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway(new Class<?>[] {ScriptedHandler.Setup.class},
            "mamori.inbox.keep-finished=" + KEEP.toMillis() + "ms");
    private static RunningGateway gateway;
    private static InboxStore inbox;
    private static ScriptedHandler handler;

    @BeforeAll
    static void start() {
        gateway = shared.get();
        inbox = gateway.bean(InboxStore.class);
        handler = gateway.bean(ScriptedHandler.class);
    }

    @Test
    void deliveriesFinishedLongerAgoThanKeptAreDeletedAndNoOthers() throws InterruptedException {
        String handled = "order-handled";
        String dead = "order-dead";
        String waiting = "order-waiting";
        handler.script(dead, d -> Mono.error(new PermanentDeliveryFailure("the shop refused the API key (401)")));
        handler.script(waiting, d -> Mono.error(new IllegalStateException("shop answered 503")));
        inbox.accept(InboxTest.delivery(handled, "v1")).block(WAIT);
        await().atMost(WAIT).until(() -> handler.handled(handled).size() == 1);
        inbox.accept(InboxTest.delivery(handled, "v2")).block(WAIT);
        inbox.accept(InboxTest.delivery(dead, "v1")).block(WAIT);
        inbox.accept(InboxTest.delivery(waiting, "v1")).block(WAIT);
        await().atMost(WAIT).until(() -> handler.handled(handled).size() == 2 && handler.handled(dead).size() == 1
                && !handler.handled(waiting).isEmpty());
        String first = handler.handled(handled).get(0).id();
        String second = handler.handled(handled).get(1).id();
        String deadId = handler.handled(dead).get(0).id();
        String waitingId = handler.handled(waiting).get(0).id();
        await().atMost(WAIT).until(() -> "DONE".equals(inbox.status(second).block()) && "DEAD".equals(inbox.status(deadId).block()));
        FinishedDeliveries finished = gateway.bean(FinishedDeliveries.class);
        assertThat(finished.forgetOld().block(WAIT)).as("finished only now").isZero();

        Thread.sleep(KEEP.plusMillis(500).toMillis());

        assertThat(finished.forgetOld().block(WAIT)).isEqualTo(2);
        assertThat(inbox.status(first).block(WAIT)).isNull();
        assertThat(inbox.status(second).block(WAIT)).isNull();
        assertThat(inbox.status(deadId).block(WAIT)).isEqualTo("DEAD");
        assertThat(inbox.status(waitingId).block(WAIT)).isEqualTo("PENDING");
    }
}
