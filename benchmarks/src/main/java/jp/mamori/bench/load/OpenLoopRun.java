package jp.mamori.bench.load;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives one target at a fixed arrival rate, whatever its latency (open loop): each request goes out
 * at its scheduled time, or at once if the schedule has fallen behind, and at most
 * {@code connections} are in flight. An arrival that finds them all busy is dropped and counted,
 * rather than delayed, so an overloaded target cannot slow the load down to suit itself.
 */
final class OpenLoopRun {

    private final LoadOptions options;
    private final ScreeningRequestBodies bodies;

    OpenLoopRun(LoadOptions options, ScreeningRequestBodies bodies) {
        this.options = options;
        this.bodies = bodies;
    }

    /** Warm-up, then the measured window. */
    TargetResult against(String target, String baseUrl) throws InterruptedException {
        TargetTally tally = new TargetTally();
        long start = drive(baseUrl, options.schedule(), tally);
        return tally.result(target, start + options.warmup().toNanos(), options.duration());
    }

    /**
     * A warm-up alone, measuring nothing. The driver's own code is cold at first: compiling it
     * takes CPU from the target on a small machine, so whichever target went first would look slower.
     */
    void warmUp(String baseUrl) throws InterruptedException {
        drive(baseUrl, new ArrivalSchedule(options.rate(), options.warmup(), Duration.ZERO), new TargetTally());
    }

    /** Sends every arrival of {@code schedule}, waits for the answers, and returns when it started. */
    private long drive(String baseUrl, ArrivalSchedule schedule, TargetTally tally) throws InterruptedException {
        Semaphore inFlight = new Semaphore(options.connections());
        try (ScreeningHttpClient client =
                     new ScreeningHttpClient(baseUrl, options.apiKey(), options.connections(), options.timeout())) {
            long start = System.nanoTime();
            for (long arrival = 0; arrival < schedule.arrivals(); arrival++) {
                long intendedStart = start + schedule.offsetNanos(arrival);
                parkUntil(intendedStart);
                boolean measured = schedule.isMeasured(arrival);
                if (!inFlight.tryAcquire()) {
                    if (measured) {
                        tally.dropped();
                    }
                    continue;
                }
                if (measured) {
                    tally.sent();
                }
                client.screen(bodies.body(arrival)).subscribe(
                        status -> {
                            if (measured) {
                                tally.answered(status, intendedStart, System.nanoTime());
                            }
                            inFlight.release();
                        },
                        failure -> {
                            if (measured) {
                                tally.failed(failure);
                            }
                            inFlight.release();
                        });
            }
            // Pool wait, connect and response each time out on their own, so this is the longest a request can take.
            Duration longest = options.timeout().multipliedBy(3);
            inFlight.tryAcquire(options.connections(), longest.toMillis(), TimeUnit.MILLISECONDS);
            return start;
        }
    }

    private static void parkUntil(long deadlineNanos) {
        for (long wait = deadlineNanos - System.nanoTime(); wait > 0; wait = deadlineNanos - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
