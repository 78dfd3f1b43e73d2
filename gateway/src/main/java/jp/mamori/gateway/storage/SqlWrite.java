package jp.mamori.gateway.storage;

import java.sql.SQLException;

/** A write run by {@link GroupCommit} on the writer's JDBC connection, inside a shared transaction. */
@FunctionalInterface
public interface SqlWrite<T> {

    T run(WriteSession session) throws SQLException;
}
