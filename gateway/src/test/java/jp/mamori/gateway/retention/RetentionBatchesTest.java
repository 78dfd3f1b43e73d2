package jp.mamori.gateway.retention;

import static jp.mamori.gateway.retention.RetentionPassTest.order;
import static jp.mamori.gateway.retention.RetentionPassTest.screen;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.gateway.MovableClock;
import jp.mamori.gateway.RunningGateway;
import jp.mamori.gateway.SharedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Passes of small batches (2 rows a commit, 3 commits of each kind a pass), with idempotency keys kept longer than
 * screenings, so that a screening's keys go with it.
 */
class RetentionBatchesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final SharedGateway shared = new SharedGateway(new Class<?>[] {MovableClock.Setup.class},
            "mamori.retention-batch-size=2", "mamori.retention-batches-per-pass=3", "mamori.idempotency-keys-kept-for=P500D");

    @Test
    void morePastTheirKeepThanABatchAreAllDeletedInOnePassBehindTheOnesKeptForReview() {
        RunningGateway gateway = shared.get();
        MovableClock clock = gateway.bean(MovableClock.class);
        clock.set(Duration.ofDays(-402));
        String firstOpen = screen(gateway, order("BT-1001", "haruto.mori@mailinator.com"), null, "REVIEW");
        String secondOpen = screen(gateway, order("BT-1002", "yui.aoki@yopmail.com"), null, "REVIEW");
        clock.set(Duration.ofDays(-401));
        List<String> old = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            old.add(screen(gateway, order("BT-2" + i, "buyer" + i + "@example.jp"), "bt-2" + i, "OK"));
        }
        clock.set(Duration.ZERO);

        assertThat(pass(gateway)).isEqualTo(new RetentionPass.Deleted(5, 0));

        assertThat(screeningsAmong(gateway, old)).isZero();
        assertThat(count(gateway, "SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key LIKE 'bt-2%'"))
                .as("gone with their screenings").isZero();
        assertThat(screeningsAmong(gateway, List.of(firstOpen, secondOpen))).isEqualTo(2);
    }

    @Test
    void aPassStopsAtItsBatchesAndTheNextGoesOn() {
        RunningGateway gateway = shared.get();
        MovableClock clock = gateway.bean(MovableClock.class);
        clock.set(Duration.ofDays(-401));
        List<String> old = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            old.add(screen(gateway, order("BT-3" + i, "kaimono" + i + "@example.jp"), null, "OK"));
        }
        clock.set(Duration.ZERO);

        assertThat(pass(gateway)).isEqualTo(new RetentionPass.Deleted(6, 0));
        assertThat(screeningsAmong(gateway, old)).isEqualTo(2);
        assertThat(pass(gateway)).isEqualTo(new RetentionPass.Deleted(2, 0));
        assertThat(screeningsAmong(gateway, old)).isZero();
    }

    @Test
    void idempotencyKeysGoInBatchesToo() {
        RunningGateway gateway = shared.get();
        MovableClock clock = gateway.bean(MovableClock.class);
        clock.set(Duration.ofDays(-501));
        for (int i = 1; i <= 5; i++) {
            screen(gateway, order("BT-4" + i, "tsuhan" + i + "@example.jp"), "bt-4" + i, "OK");
        }
        clock.set(Duration.ZERO);

        assertThat(pass(gateway)).isEqualTo(new RetentionPass.Deleted(5, 5));
        assertThat(count(gateway, "SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key LIKE 'bt-4%'")).isZero();
    }

    private static RetentionPass.Deleted pass(RunningGateway gateway) {
        return gateway.bean(RetentionPass.class).pass().block(WAIT);
    }

    private static long screeningsAmong(RunningGateway gateway, List<String> ids) {
        return count(gateway, "SELECT COUNT(*) FROM screenings WHERE id IN ('" + String.join("', '", ids) + "')");
    }

    private static long count(RunningGateway gateway, String sql) {
        return gateway.bean(DatabaseClient.class).sql(sql).map(row -> row.get(0, Long.class)).one().block(WAIT);
    }
}
