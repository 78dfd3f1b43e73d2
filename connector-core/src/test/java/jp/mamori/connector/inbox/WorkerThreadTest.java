package jp.mamori.connector.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

class WorkerThreadTest {

    private final Scheduler worker = Schedulers.newSingle("test-worker");

    @AfterEach
    void stop() {
        worker.dispose();
    }

    @Test
    void aBlockingCallWaitsOffTheWorkerAndCarriesOnOnIt() {
        List<String> threads = WorkerThread.blocking(() -> Thread.currentThread().getName())
                .map(calledOn -> List.of(calledOn, Thread.currentThread().getName()))
                .contextWrite(WorkerThread.of(worker))
                .block(Duration.ofSeconds(5));

        assertThat(threads.get(0)).startsWith("boundedElastic-");
        assertThat(threads.get(1)).startsWith("test-worker");
    }

    @Test
    void outsideTheWorkerABlockingCallCarriesOnWhereItWaited() {
        String after = WorkerThread.blocking(() -> 1)
                .map(one -> Thread.currentThread().getName())
                .block(Duration.ofSeconds(5));

        assertThat(after).startsWith("boundedElastic-");
    }

    @Test
    void theWorkersThreadIsFoundInTheContextOrTheFallbackIsAnswered() {
        Scheduler fallback = Schedulers.immediate();

        assertThat(WorkerThread.in(WorkerThread.of(worker), fallback)).isSameAs(worker);
        assertThat(WorkerThread.in(reactor.util.context.Context.empty(), fallback)).isSameAs(fallback);
    }
}
