package jp.mamori.gateway.retention;

import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What the retention pass deleted ({@code mamori_retention_deleted_total{what}}) and when a pass last finished
 * ({@code mamori_retention_last_pass_timestamp_seconds}): a pass that keeps failing shows as a time that stops moving.
 */
@Component
public class RetentionMeters {

    private final Counter screenings;
    private final Counter idempotencyKeys;
    /** Epoch seconds of the last pass that finished; NaN before the first. */
    private volatile double lastPass = Double.NaN;

    public RetentionMeters(MeterRegistry registry) {
        screenings = deleted(registry, "screenings");
        idempotencyKeys = deleted(registry, "idempotency_keys");
        Gauge.builder("mamori.retention.last.pass.timestamp", this, meters -> meters.lastPass)
                .description("When the last retention pass finished")
                .baseUnit("seconds")
                .register(registry);
    }

    void screeningsDeleted(int count) {
        screenings.increment(count);
    }

    void idempotencyKeysDeleted(int count) {
        idempotencyKeys.increment(count);
    }

    void passFinished(Instant at) {
        lastPass = at.toEpochMilli() / 1000.0;
    }

    private static Counter deleted(MeterRegistry registry, String what) {
        return Counter.builder("mamori.retention.deleted")
                .description("Rows the retention pass deleted: screenings (with every row tied to them), idempotency keys")
                .tag("what", what)
                .register(registry);
    }
}
