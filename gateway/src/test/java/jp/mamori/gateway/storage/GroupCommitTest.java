package jp.mamori.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.mamori.connector.inbox.WorkerThread;
import jp.mamori.gateway.MamoriProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

class GroupCommitTest {

    @TempDir
    Path dataDir;

    private GroupCommit commits;
    private Scheduler worker;

    @BeforeEach
    void openDatabase() {
        commits = new GroupCommit(null, new MamoriProperties(dataDir, null, null, null, null, null, null, false, null),
                new SimpleMeterRegistry());
        worker = Schedulers.newSingle("own-worker");
        commits.write(sql -> sql.update("CREATE TABLE IF NOT EXISTS notes (id INT PRIMARY KEY)")).block(Duration.ofSeconds(10));
    }

    @AfterEach
    void close() {
        commits.close();
        worker.dispose();
    }

    @Test
    void aWriteCompletesOnTheSharedParallelThreadsByDefault() {
        String thread = commits.write(sql -> sql.update("INSERT INTO notes VALUES (1)"))
                .map(rows -> Thread.currentThread().getName())
                .block(Duration.ofSeconds(10));

        assertThat(thread).startsWith("parallel-");
    }

    @Test
    void anInboxWorkersWriteCompletesOnTheWorkersThread() {
        String thread = commits.write(sql -> sql.update("INSERT INTO notes VALUES (2)"))
                .map(rows -> Thread.currentThread().getName())
                .contextWrite(WorkerThread.of(worker))
                .block(Duration.ofSeconds(10));

        assertThat(thread).startsWith("own-worker");
    }

    @Test
    void writesSomeoneWaitsOnAreCommittedBeforeTheWorkersQueuedWithThem() throws InterruptedException {
        CountDownLatch writerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> written = new CopyOnWriteArrayList<>();
        // Holds the writer, so that the next writes queue and go together in one batch.
        Mono<Integer> holding = commits.write(sql -> {
            writerHeld.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return sql.update("INSERT INTO notes VALUES (3)");
        });
        holding.subscribe();
        assertThat(writerHeld.await(10, TimeUnit.SECONDS)).isTrue();

        Mono<Integer> workers = commits.write(sql -> {
            written.add("worker's");
            return sql.update("INSERT INTO notes VALUES (4)");
        }).contextWrite(WorkerThread.of(worker));
        Mono<Integer> webhooks = commits.write(sql -> {
            written.add("webhook's");
            return sql.update("INSERT INTO notes VALUES (5)");
        });
        Mono<Void> both = Mono.when(workers, webhooks).cache();
        both.subscribe();
        release.countDown();
        both.block(Duration.ofSeconds(10));

        // Written (and committed) in that order though queued the other way round.
        assertThat(written).containsExactly("webhook's", "worker's");
    }
}
