package jp.mamori.gateway.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import reactor.core.publisher.Mono;

/** A pass that fails ends quietly, for the next interval to try again, and logs no row it was at. */
class RetentionPassFailureTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC);
    private static final RetentionProperties DEFAULTS = new RetentionProperties(null, null, null, null, null);

    @Test
    void aFailedPassEndsWithoutAnErrorAndWithoutCountingAsAPass() {
        MeterRegistry registry = new SimpleMeterRegistry();
        ExpiredRecords failing = new ExpiredRecords(null, null) {
            @Override
            Mono<Integer> forgetIdempotencyKeys(Instant before, int limit) {
                return Mono.error(new DataAccessResourceFailureException("the write was not committed to the disk"));
            }
        };
        RetentionPass pass = new RetentionPass(failing, new RetentionMeters(registry), DEFAULTS, CLOCK);

        pass.runOnce().block();

        assertThat(registry.get("mamori.retention.last.pass.timestamp").gauge().value()).isNaN();
    }

    @Test
    void aPassThatFindsNothingCountsAsAPass() {
        MeterRegistry registry = new SimpleMeterRegistry();
        ExpiredRecords empty = new ExpiredRecords(null, null) {
            @Override
            Mono<Integer> forgetIdempotencyKeys(Instant before, int limit) {
                return Mono.just(0);
            }

            @Override
            Mono<List<Place>> screenedBefore(Instant before, Place after, int limit) {
                return Mono.just(List.of());
            }
        };
        RetentionPass pass = new RetentionPass(empty, new RetentionMeters(registry), DEFAULTS, CLOCK);

        pass.runOnce().block();

        assertThat(registry.get("mamori.retention.last.pass.timestamp").gauge().value())
                .isEqualTo(CLOCK.instant().getEpochSecond());
    }

    @Test
    void aFailureIsToldByItsKindsAndSqlStatesNeverByItsMessages() {
        Throwable failure = new DataAccessResourceFailureException("a read failed", new SQLException(
                "Value too long for column IDEMPOTENCY_KEY: 'order-kenji.sato@docomo.ne.jp'", "22001"));

        String told = RetentionPass.kinds(failure);

        assertThat(told).isEqualTo("DataAccessResourceFailureException caused by SQLException [SQL state 22001]");
    }
}
