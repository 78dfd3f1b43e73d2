package jp.mamori.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;

import jp.mamori.gateway.MamoriProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    /**
     * Reactor interrupts a bounded-elastic thread when a task on it is cancelled, and a database read may be
     * running on that thread just then (R2DBC runs it on whichever thread hands back a connection). A plain
     * FileChannel closes itself for every thread when one reader is interrupted (with it, this test fails at the
     * first read); the database must not.
     */
    @Test
    void anInterruptedReaderNeitherFailsNorBreaksTheDatabaseForOthers() throws Exception {
        String url = EmbeddedDatabase.jdbcUrl(new MamoriProperties(dataDir, null, null, null, null, null, null, false, null, null));
        try (Connection setUp = DriverManager.getConnection(url, EmbeddedDatabase.USER, "")) {
            Statement statement = setUp.createStatement();
            statement.execute("CREATE TABLE first_read (id INT PRIMARY KEY, body VARCHAR(4000))");
            statement.execute("CREATE TABLE second_read (id INT PRIMARY KEY, body VARCHAR(4000))");
            statement.execute("INSERT INTO first_read SELECT X, REPEAT('a', 2000) FROM SYSTEM_RANGE(1, 2000)");
            statement.execute("INSERT INTO second_read SELECT X, REPEAT('b', 2000) FROM SYSTEM_RANGE(1, 2000)");
        }
        // Opened afresh, the database reads each table's pages from the file only when first asked for them.
        try (Connection kept = DriverManager.getConnection(url, EmbeddedDatabase.USER, "")) {
            AtomicReference<Throwable> interruptedRead = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                Thread.currentThread().interrupt();
                try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, "");
                     ResultSet rows = connection.createStatement().executeQuery("SELECT SUM(LENGTH(body)) FROM first_read")) {
                    rows.next();
                } catch (SQLException | RuntimeException e) {
                    interruptedRead.set(e);
                }
            });
            reader.start();
            reader.join();
            assertThat(interruptedRead.get()).as("the interrupted thread's own read").isNull();

            try (ResultSet rows = kept.createStatement().executeQuery("SELECT SUM(LENGTH(body)) FROM second_read")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(4_000_000L);
            }
            kept.createStatement().execute("INSERT INTO second_read VALUES (2001, 'written after the interrupt')");
        }
    }
}
