package jp.mamori.gateway.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.r2dbc.spi.ConnectionFactory;
import jp.mamori.gateway.MamoriProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads through plain JDBC connections to the embedded database, for the look-ups every delivery and screening
 * makes. r2dbc-h2 binds every {@code String} parameter as a CLOB, which H2 compares with the column's values by
 * reading it through new buffers each time: an index search by a shop or screening id allocated tens of kilobytes,
 * the largest share of what a delivery allocated and so of the young collections that pause webhook answers.
 * JDBC binds them as the VARCHARs they are. Like r2dbc-h2, a read runs on the thread that subscribes to it.
 */
@Component
public class Reads implements AutoCloseable {

    /** Makes a value of one row; reads the columns by name or position, never moves the cursor. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Idle connections kept for the next read; more are opened while reads overlap, and closed after. */
    private static final int KEEP_IDLE = 8;

    private final String jdbcUrl;
    private final Queue<Connection> idle = new ConcurrentLinkedQueue<>();

    /** {@code migrated}: the pool exists only once Flyway has run, so no read meets an old schema. */
    public Reads(MamoriProperties properties, ConnectionFactory migrated) {
        this.jdbcUrl = EmbeddedDatabase.jdbcUrl(properties);
    }

    /** The first row's value, or empty when there is no row. */
    public <T> Mono<T> one(String sql, RowReader<T> reader, Object... parameters) {
        return Mono.fromCallable(() -> {
            List<T> rows = query(sql, reader, 1, parameters);
            return rows.isEmpty() ? null : rows.get(0);
        });
    }

    /** Every row's value, in the order the query gives. */
    public <T> Mono<List<T>> all(String sql, RowReader<T> reader, Object... parameters) {
        return Mono.fromCallable(() -> query(sql, reader, Integer.MAX_VALUE, parameters));
    }

    private <T> List<T> query(String sql, RowReader<T> reader, int most, Object[] parameters) {
        Connection connection = borrow();
        boolean healthy = false;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            WriteSession.bind(statement, parameters);
            List<T> rows = rows(statement, reader, most);
            healthy = true;
            return rows;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("a read failed", e);
        } finally {
            giveBack(connection, healthy);
        }
    }

    /** Runs the bound statement's query and reads at most {@code most} rows; the storage writer's queries read them so too. */
    static <T> List<T> rows(PreparedStatement statement, RowReader<T> reader, int most) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (rows.size() < most && result.next()) {
                rows.add(reader.read(result));
            }
        }
        return rows;
    }

    private Connection borrow() {
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        try {
            return DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, "");
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot open the database", e);
        }
    }

    private void giveBack(Connection connection, boolean healthy) {
        if (healthy && idle.size() < KEEP_IDLE) {
            idle.add(connection);
        } else {
            closeQuietly(connection);
        }
    }

    @Override
    public void close() {
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing is left to do with a connection that cannot even close.
        }
    }
}
