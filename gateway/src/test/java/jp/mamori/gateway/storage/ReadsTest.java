package jp.mamori.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.mamori.gateway.MamoriProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;

class ReadsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    private GroupCommit commits;
    private Reads reads;

    @BeforeEach
    void openDatabase() {
        MamoriProperties properties = new MamoriProperties(dataDir, null, null, null, null, null, null, false, null, null);
        commits = new GroupCommit(null, properties, new SimpleMeterRegistry());
        reads = new Reads(properties, null);
        commits.write(sql -> {
            sql.update("CREATE TABLE notes (shop VARCHAR(64), id BIGINT, body VARCHAR(1000), at TIMESTAMP WITH TIME ZONE, "
                    + "PRIMARY KEY (shop, id))");
            sql.update("INSERT INTO notes VALUES (?, ?, ?, ?)", "kyoto-tea", 1L, "宇治抹茶", Instant.parse("2026-11-25T00:00:00Z"));
            return sql.update("INSERT INTO notes VALUES (?, ?, ?, ?)", "kyoto-tea", 2L, "玉露", Instant.parse("2026-11-26T00:00:00Z"));
        }).block(WAIT);
    }

    @AfterEach
    void close() {
        reads.close();
        commits.close();
    }

    @Test
    void readsWhatTheWriterCommittedByStringAndNumberParameters() {
        assertThat(reads.one("SELECT body FROM notes WHERE shop = ? AND id = ?", row -> row.getString(1), "kyoto-tea", 2L)
                .block(WAIT)).isEqualTo("玉露");
        assertThat(reads.all("SELECT id FROM notes WHERE shop = ? AND at >= ? ORDER BY id", row -> row.getLong(1),
                "kyoto-tea", Instant.parse("2026-11-24T00:00:00Z")).block(WAIT)).containsExactly(1L, 2L);
    }

    @Test
    void noRowIsEmptyHoweverOftenItIsAsked() {
        for (int i = 0; i < 100; i++) {
            assertThat(reads.one("SELECT body FROM notes WHERE shop = ?", row -> row.getString(1), "osaka-zakka")
                    .blockOptional(WAIT)).isEmpty();
        }
        assertThat(reads.all("SELECT body FROM notes WHERE shop = ?", row -> row.getString(1), "osaka-zakka").block(WAIT))
                .isEmpty();
    }

    @Test
    void aFailingReadIsADataAccessFailureAndTheNextReadWorks() {
        assertThatThrownBy(() -> reads.one("SELECT nothing FROM nowhere", row -> row.getString(1)).block(WAIT))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(reads.one("SELECT COUNT(*) FROM notes", row -> row.getLong(1)).block(WAIT)).isEqualTo(2L);
    }
}
