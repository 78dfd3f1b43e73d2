package jp.mamori.bench.woo;

import java.time.Duration;

/**
 * What the gateway owed the shop after the acceptance phase and how fast it paid: {@code owed} stored
 * deliveries, {@code writtenBack} of them seen by the shop, {@code took} after the last answer.
 */
public record Backlog(long owed, long writtenBack, Duration took) {

    public boolean drained() {
        return writtenBack >= owed;
    }
}
