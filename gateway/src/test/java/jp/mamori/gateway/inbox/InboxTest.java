package jp.mamori.gateway.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.mamori.connector.inbox.Inbox.Acceptance;
import jp.mamori.connector.inbox.IncomingDelivery;
import jp.mamori.connector.inbox.PermanentDeliveryFailure;
import jp.mamori.gateway.RunningGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The inbox on a started gateway: de-duplication, retries, dead letters and replay, order per resource. */
class InboxTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String[] FAST_RETRIES = {
            "mamori.inbox.poll-interval=50ms", "mamori.inbox.retry-initial-delay=50ms",
            "mamori.inbox.retry-max-delay=200ms", "mamori.inbox.max-attempts=3"};

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static InboxStore inbox;
    private static ScriptedHandler handler;

    @BeforeAll
    static void start() {
        gateway = RunningGateway.start(dataDir, new Class<?>[] {ScriptedHandler.Setup.class}, FAST_RETRIES);
        inbox = gateway.bean(InboxStore.class);
        handler = gateway.bean(ScriptedHandler.class);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    static IncomingDelivery delivery(String resource, String fingerprint) {
        return new IncomingDelivery("test", "kyoto-tea", resource, "order.updated", fingerprint,
                "{\"id\": \"" + resource + "\", \"billing\": {\"last_name\": \"山田\"}}", Instant.now());
    }

    private static String newResource() {
        return "order-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aStoredDeliveryIsHandledOnceAndARedeliveryIsANoOp() {
        String order = newResource();
        assertThat(inbox.accept(delivery(order, "v1")).block()).isEqualTo(Acceptance.STORED);
        await().atMost(WAIT).until(() -> handler.handled(order).size() == 1);

        assertThat(inbox.accept(delivery(order, "v1")).block()).isEqualTo(Acceptance.DUPLICATE);
        assertThat(inbox.accept(delivery(order, "v2")).block()).isEqualTo(Acceptance.STORED);
        await().atMost(WAIT).until(() -> handler.handled(order).size() == 2);
        assertThat(handler.handled(order)).extracting(d -> d.attempt()).containsExactly(1, 1);
    }

    @Test
    void aFailingDeliveryIsRetriedUntilItSucceeds() {
        String order = newResource();
        AtomicInteger calls = new AtomicInteger();
        handler.script(order, d -> calls.incrementAndGet() < 3
                ? Mono.error(new IllegalStateException("shop answered 503"))
                : Mono.empty());
        inbox.accept(delivery(order, "v1")).block();

        await().atMost(WAIT).until(() -> handler.handled(order).size() == 3);
        assertThat(handler.handled(order)).extracting(d -> d.attempt()).containsExactly(1, 2, 3);
        String id = handler.handled(order).get(0).id();
        await().atMost(WAIT).until(() -> "DONE".equals(inbox.status(id).block()));
    }

    @Test
    void exhaustedRetriesEndAsADeadLetterThatCanBeReplayed() {
        String order = newResource();
        handler.script(order, d -> Mono.error(new IllegalStateException("shop answered 500")));
        inbox.accept(delivery(order, "v1")).block();
        await().atMost(WAIT).until(() -> handler.handled(order).size() == 3);
        String id = handler.handled(order).get(0).id();
        await().atMost(WAIT).until(() -> "DEAD".equals(inbox.status(id).block()));

        WebTestClient admin = gateway.client();
        admin.get().uri("/admin/dead-letters").header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.dead_letters[?(@.id == '" + id + "')].attempts").isEqualTo(List.of(3))
                .jsonPath("$.dead_letters[?(@.id == '" + id + "')].last_error")
                .isEqualTo(List.of("IllegalStateException: shop answered 500"))
                .jsonPath("$.dead_letters[?(@.id == '" + id + "')].body").doesNotExist();

        handler.script(order, d -> Mono.empty());
        admin.post().uri("/admin/dead-letters/" + id + "/replay").header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .exchange().expectStatus().isAccepted();
        await().atMost(WAIT).until(() -> "DONE".equals(inbox.status(id).block()));
        assertThat(handler.handled(order)).hasSize(4);
        assertThat(handler.handled(order).get(3).attempt()).isEqualTo(1);

        admin.post().uri("/admin/dead-letters/" + id + "/replay").header("Authorization", "Bearer " + RunningGateway.ADMIN_TOKEN)
                .exchange().expectStatus().isNotFound();
        admin.get().uri("/admin/dead-letters").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aPermanentFailureIsDeadLetteredWithoutRetrying() {
        String order = newResource();
        handler.script(order, d -> Mono.error(new PermanentDeliveryFailure("the shop refused the API key (401)")));
        inbox.accept(delivery(order, "v1")).block();
        await().atMost(WAIT).until(() -> handler.handled(order).size() == 1);
        String id = handler.handled(order).get(0).id();
        await().atMost(WAIT).until(() -> "DEAD".equals(inbox.status(id).block()));
        assertThat(handler.handled(order)).hasSize(1);
    }

    @Test
    void deliveriesForOneOrderAreHandledOneAtATimeAndTheNewestSupersedesWaitingOnes() {
        String order = newResource();
        Sinks.Empty<Void> release = Sinks.empty();
        handler.script(order, d -> d.body().contains("\"v1\"") ? release.asMono() : Mono.empty());
        inbox.accept(withBody(delivery(order, "v1"), "v1")).block();
        await().atMost(WAIT).until(() -> handler.handled(order).size() == 1);

        inbox.accept(withBody(delivery(order, "v2"), "v2")).block();
        inbox.accept(withBody(delivery(order, "v3"), "v3")).block();
        release.tryEmitEmpty();

        await().atMost(WAIT).until(() -> handler.handled(order).size() == 2);
        assertThat(handler.handled(order).get(1).body()).contains("\"v3\"");
        assertThat(handler.mostAtOnce(order)).isEqualTo(1);
        String first = handler.handled(order).get(0).id();
        String newest = handler.handled(order).get(1).id();
        await().atMost(WAIT).until(() -> "DONE".equals(inbox.status(newest).block()));
        assertThat(inbox.status(first).block()).isEqualTo("DONE");
    }

    @Test
    void manyDeliveriesArrivingTogetherAreAllStoredOnceAndHandled() {
        List<IncomingDelivery> burst = Flux.range(0, 300).map(i -> delivery(newResource(), "v1")).collectList().block();
        List<Acceptance> stored = Flux.fromIterable(burst).flatMap(inbox::accept, 64).collectList().block(WAIT);
        List<Acceptance> again = Flux.fromIterable(burst).flatMap(inbox::accept, 64).collectList().block(WAIT);

        assertThat(stored).hasSize(300).containsOnly(Acceptance.STORED);
        assertThat(again).hasSize(300).containsOnly(Acceptance.DUPLICATE);
        await().atMost(WAIT).until(() -> burst.stream().allMatch(d -> handler.handled(d.resourceId()).size() == 1));
    }

    private static IncomingDelivery withBody(IncomingDelivery d, String version) {
        return new IncomingDelivery(d.platform(), d.shop(), d.resourceId(), d.event(), d.contentFingerprint(),
                "{\"version\": \"" + version + "\"}", d.receivedAt());
    }
}
