package jp.mamori.gateway.storage;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * The embedded database's file, for the two things SQL does not offer while it is in use: forcing each commit to the
 * disk, and compacting. Both belong to the storage writer, which opens it from its own connection.
 *
 * <p>H2 writes every commit as a new chunk and never changes one in place. A chunk whose pages were all replaced later
 * is freed for reuse; one still holding a few live pages is kept whole until its pages are rewritten elsewhere, which
 * H2 leaves to a background thread that it starts only when commits may be delayed ({@code WRITE_DELAY} above 0).
 * Ours may not be, so nothing ever rewrote them: under a steady stream of webhooks nearly every chunk kept a page or
 * two (the last full leaf of an index), and the file grew by some 25 MB/s at 200 deliveries/s, nearly twenty times the data.
 * {@link #compact()} is that rewriting, run by the writer between commits.
 */
final class StoreFile {

    // Rewrite when less than half of the chunks' bytes is live. Under a steady 200 deliveries/s the passes could not
    // lift it much above 40 %, so the file settled at two and a half times its data; asking for 60 % only made the
    // passes run back to back (13 % of the writer's time), and the lag's p99 rose from 53 to 232 ms.
    private static final int LIVE_PERCENT_WANTED = 50;
    // Live bytes rewritten in one pass at most: 14 ms on average on this machine, 70 ms at worst, while commits wait.
    // Half as much every 50 ms cost more in all (each pass has a fixed part) and doubled the lag's p99.
    private static final int REWRITE_BYTES_PER_PASS = 1024 * 1024;

    private final MVStore store;

    private StoreFile(MVStore store) {
        this.store = store;
    }

    /** The file behind {@code connection}, which must be a connection of the embedded database. */
    static StoreFile of(Connection connection) throws SQLException {
        // Public methods of H2's embedded session, though not of its JDBC API: the only way to the store in use.
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return new StoreFile(session.getDatabase().getStore().getMvStore());
    }

    /**
     * Makes what was committed survive a power loss, not only the process's death. It is also what lets the database
     * reuse a freed chunk's space at once ({@code RETENTION_TIME=0}): H2 otherwise keeps freed chunks 45 s in case the
     * newer ones that replaced them had not yet reached the disk.
     */
    void force() {
        store.sync();
    }

    /** Rewrites the live pages of the sparsest chunks when too much of the file is dead; answers whether it did. */
    boolean compact() {
        return store.compact(LIVE_PERCENT_WANTED, REWRITE_BYTES_PER_PASS);
    }

    boolean isClosed() {
        return store.isClosed();
    }

    /** The file's length in bytes. */
    long size() {
        return store.getFileStore().size();
    }

    /** The share of the chunks' bytes that is live data, in percent. */
    int livePercent() {
        return store.getFileStore().getChunksFillRate();
    }
}
