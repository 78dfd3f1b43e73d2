package jp.mamori.gateway.psp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jp.mamori.engine.DeclineEvent;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.Policy;
import jp.mamori.gateway.RunningGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.r2dbc.core.DatabaseClient;

/** Stored declines are kept for as long as start-up rebuilds state from them, and no longer. */
class ExpiredDeclinesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    @Test
    void declinesOlderThanVelocitysWindowAreDeletedAndNewerOnesKept() {
        try (RunningGateway gateway = RunningGateway.start(dataDir)) {
            PspDeclines declines = gateway.bean(PspDeclines.class);
            Instant now = Instant.now();
            Duration window = Policy.defaultPolicy().velocityRetention();
            List<IdentityKey> device = List.of(new IdentityKey(IdentityKind.DEVICE, "ab".repeat(32)));
            String old = PspDeclines.key("demo", "adyen", "8815329842810001");
            String recent = PspDeclines.key("demo", "adyen", "8815329842810002");
            declines.insertIfNew(old, new DeclineEvent("demo", now.minus(window).minusSeconds(60), device, "520412", "1111"))
                    .block(WAIT);
            declines.insertIfNew(recent, new DeclineEvent("demo", now.minus(window).plusSeconds(600), device, "520412", "2222"))
                    .block(WAIT);

            // The job's own run at start may come first and delete the old one: what is left is what counts.
            gateway.bean(ExpiredDeclines.class).forgetOld().block(WAIT);

            assertThat(gateway.bean(DatabaseClient.class).sql("SELECT decline_key FROM psp_declines")
                    .map(row -> row.get(0, String.class)).all().collectList().block(WAIT)).containsExactly(recent);
        }
    }
}
