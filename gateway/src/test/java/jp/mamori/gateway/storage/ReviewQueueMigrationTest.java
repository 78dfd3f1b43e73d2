package jp.mamori.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import jp.mamori.gateway.MamoriProperties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V12_1 puts the screenings stored before it into the review queue: REVIEW decisions, and NG ones after a fallback. */
class ReviewQueueMigrationTest {

    @TempDir
    Path dataDir;

    @Test
    void screeningsStoredBeforeTheColumnAreQueuedAsTheyWouldBeNow() throws SQLException {
        String url = EmbeddedDatabase.jdbcUrl(new MamoriProperties(dataDir, null, null, null, null, null, null, false, null, null));
        migrate(url, "10");
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, "")) {
            Statement statement = connection.createStatement();
            statement.execute("INSERT INTO merchants (id, name, created_at) VALUES ('mer_1', '京都 宇治茶園', CURRENT_TIMESTAMP)");
            screening(statement, "scr_review", "REVIEW");
            screening(statement, "scr_ng_after_fallback", "NG");
            screening(statement, "scr_ng_in_time", "NG");
            screening(statement, "scr_ng_screened", "NG");
            screening(statement, "scr_ok_after_fallback", "OK");
            authorization(statement, "auth_1", "scr_ng_after_fallback", true);
            authorization(statement, "auth_2", "scr_ng_in_time", false);
            authorization(statement, "auth_3", "scr_ok_after_fallback", true);
        }

        migrate(url, "latest");

        Map<String, Boolean> queued = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT id, in_review_queue FROM screenings")) {
            while (rows.next()) {
                queued.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        assertThat(queued).isEqualTo(Map.of("scr_review", true, "scr_ng_after_fallback", true, "scr_ng_in_time", false,
                "scr_ng_screened", false, "scr_ok_after_fallback", false));
    }

    private static void migrate(String url, String target) {
        Flyway.configure().dataSource(url, EmbeddedDatabase.USER, "").locations("classpath:db/migration").target(target)
                .load().migrate();
    }

    private static void screening(Statement statement, String id, String decision) throws SQLException {
        statement.execute("INSERT INTO screenings (id, merchant_id, order_id, ordered_at, screened_at, decision, score, "
                + "policy_version, result_json) VALUES ('" + id + "', 'mer_1', '" + id + "', CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP, '" + decision + "', 50, 'default-2026-11-28.1', '{}')");
    }

    private static void authorization(Statement statement, String id, String screeningId, boolean fallback)
            throws SQLException {
        statement.execute("INSERT INTO authorizations (id, merchant_id, screening_id, action, fallback, answered_at) "
                + "VALUES ('" + id + "', 'mer_1', '" + screeningId + "', 'accept', " + fallback + ", CURRENT_TIMESTAMP)");
    }
}
