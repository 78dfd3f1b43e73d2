package jp.mamori.gateway.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The storage writer's own JDBC connection, as writes see it: statements are prepared once per SQL
 * text and kept, so a write pays for binding and executing only. Used on the writer thread alone.
 */
public final class WriteSession {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    WriteSession(Connection connection) {
        this.connection = connection;
    }

    /** Runs one INSERT, UPDATE or DELETE with positional parameters; answers the rows it changed. */
    public int update(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = prepared(sql);
        bind(statement, parameters);
        return statement.executeUpdate();
    }

    /** Runs a query that answers one number, such as a row's version just written. */
    public long queryLong(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = prepared(sql);
        bind(statement, parameters);
        try (ResultSet result = statement.executeQuery()) {
            if (!result.next()) {
                throw new SQLException("no row for: " + sql);
            }
            return result.getLong(1);
        }
    }

    /**
     * Runs a query as this write's transaction sees it; answers every row's value. For a write that must decide from
     * rows no other write may change between its look and its change.
     */
    public <T> List<T> query(String sql, Reads.RowReader<T> reader, Object... parameters) throws SQLException {
        PreparedStatement statement = prepared(sql);
        bind(statement, parameters);
        return Reads.rows(statement, reader, Integer.MAX_VALUE);
    }

    /** Runs one statement for each row of parameters, in one round. */
    public void updateEach(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        PreparedStatement statement = prepared(sql);
        for (Object[] row : rows) {
            bind(statement, row);
            statement.addBatch();
        }
        statement.executeBatch();
    }

    Connection connection() {
        return connection;
    }

    void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The connection is given up either way; closing is only tidiness.
        }
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            statement.setObject(i + 1, value instanceof Instant instant ? Rows.timestamp(instant) : value);
        }
    }
}
