package jp.mamori.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.mamori.connector.inbox.WorkerThread;
import jp.mamori.gateway.MamoriProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

class GroupCommitTest {

    @TempDir
    Path dataDir;

    private GroupCommit commits;
    private Scheduler worker;

    private SimpleMeterRegistry meters;

    @BeforeEach
    void openDatabase() {
        worker = Schedulers.newSingle("own-worker");
        commits = open(null);
    }

    private GroupCommit open(Duration linger) {
        if (commits != null) {
            commits.close();
        }
        meters = new SimpleMeterRegistry();
        GroupCommit opened = new GroupCommit(null, new MamoriProperties(dataDir, null, null, null, null, null, null, false,
                null, new MamoriProperties.Storage(linger)), meters);
        opened.write(sql -> sql.update("CREATE TABLE IF NOT EXISTS notes (id INT PRIMARY KEY)")).block(Duration.ofSeconds(10));
        return opened;
    }

    private CompletableFuture<Integer> insert(int id) {
        return commits.write(sql -> sql.update("INSERT INTO notes VALUES (?)", id)).toFuture();
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
    void aCommitOfOneWriteDoesNotWaitBeforeTheNext() {
        commits = open(Duration.ofHours(1));

        assertThat(insert(10).orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(1);
        assertThat(insert(11).orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(1);
    }

    @Test
    void afterACommitOfSeveralWritesTheNextCommitWaitsToTakeMore() throws InterruptedException {
        commits = open(Duration.ofSeconds(1));
        CountDownLatch writerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> holding = commits.write(sql -> {
            writerHeld.countDown();
            awaitQuietly(release);
            return sql.update("INSERT INTO notes VALUES (20)");
        }).toFuture();
        assertThat(writerHeld.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> second = insert(21);
        CompletableFuture<Integer> third = insert(22);
        release.countDown();
        CompletableFuture.allOf(holding, second, third).orTimeout(10, TimeUnit.SECONDS).join();

        // Idle again, but within the linger of the commit of two: these two wait and share one commit.
        CompletableFuture.allOf(insert(23), insert(24)).orTimeout(10, TimeUnit.SECONDS).join();

        DistributionSummary batches = meters.get("mamori.storage.commit.batch").summary();
        assertThat(batches.count()).as("commits: the table, the held write, two, two").isEqualTo(4);
        assertThat(batches.totalAmount()).isEqualTo(6);
    }

    @Test
    void theDatabaseFileStaysNearTheSizeOfItsDataThroughManySmallCommits() throws IOException {
        commits.write(sql -> sql.update("CREATE TABLE deliveries (id INT PRIMARY KEY, status VARCHAR(8), body VARCHAR(2000))"))
                .block(Duration.ofSeconds(10));
        String body = "{\"billing\":{\"state\":\"JP13\"}}".repeat(32);
        for (int i = 0; i < 3_000; i++) {
            int id = i;
            commits.write(sql -> {
                sql.update("INSERT INTO deliveries VALUES (?, 'PENDING', ?)", id, body);
                return sql.update("UPDATE deliveries SET status = 'DONE' WHERE id = ?", id - 8);
            }).block(Duration.ofSeconds(10));
        }

        // 3,000 rows of 1 KB: 3 MB of data, in a file of 6.3 MB. Without the compaction passes the file reached 17 MB;
        // with H2's default RETENTION_TIME (freed chunks kept 45 s) 66 MB.
        assertThat(Files.size(dataDir.resolve("mamori.mv.db"))).isLessThan(12L << 20);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
