package jp.mamori.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

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
}
