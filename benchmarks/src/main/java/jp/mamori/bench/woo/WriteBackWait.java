package jp.mamori.bench.woo;

import java.time.Duration;
import java.util.function.LongSupplier;

/** Waits for the gateway's write-backs to reach the fake shop, polling its {@link WriteBackLog}. */
final class WriteBackWait {

    private static final long POLL_MILLIS = 20;

    private WriteBackWait() {
    }

    /** Until every order of {@code lag} is written back, or {@code grace} has passed. */
    static void forLaggedOrders(LagTally lag, WriteBackLog log, Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (!lag.allWrittenBack(log) && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * Until the shop has seen as many orders written back as the gateway stored, or none more for
     * {@code grace}: a backlog may take minutes to work off, but a gateway that stopped writing back
     * will not start again. The time it took runs from {@code lastAnswerNanos}, the gateway's last
     * answer, to the last order written back: the bare phase runs before this wait, while the gateway
     * is already working the backlog off.
     */
    static Backlog forBacklog(LongSupplier owed, WriteBackLog log, Duration grace, long lastAnswerNanos)
            throws InterruptedException {
        long lastProgress = System.nanoTime();
        int seen = log.ordersWrittenBack();
        while (seen < owed.getAsLong() && System.nanoTime() - lastProgress < grace.toNanos()) {
            Thread.sleep(POLL_MILLIS);
            int now = log.ordersWrittenBack();
            if (now > seen) {
                seen = now;
                lastProgress = System.nanoTime();
            }
        }
        long lastWriteBack = log.lastOrderWrittenBackAt().orElse(lastAnswerNanos);
        return new Backlog(owed.getAsLong(), seen, Duration.ofNanos(Math.max(0, lastWriteBack - lastAnswerNanos)));
    }
}
