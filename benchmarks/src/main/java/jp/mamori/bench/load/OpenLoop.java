package jp.mamori.bench.load;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import reactor.core.publisher.Mono;

/**
 * Drives one target at a fixed arrival rate, whatever its latency (open loop): each request goes out
 * at its scheduled time, or at once if the schedule has fallen behind, and at most
 * {@code connections} are in flight. An arrival that finds them all busy is dropped and counted,
 * rather than delayed, so an overloaded target cannot slow the load down to suit itself.
 */
public final class OpenLoop {

    /** Sends one arrival; {@code intendedStartNanos} is on the {@link System#nanoTime()} clock. */
    @FunctionalInterface
    public interface Sender {
        Mono<Answer> send(long arrival, long intendedStartNanos);
    }

    private final int connections;
    private final Duration timeout;

    /** {@code timeout} is the one the sender's client applies to each of pool wait, connect and response. */
    public OpenLoop(int connections, Duration timeout) {
        this.connections = connections;
        this.timeout = timeout;
    }

    /** Sends every arrival of {@code schedule}, waits for the answers, and returns when it started. */
    public long drive(ArrivalSchedule schedule, Sender sender, TargetTally tally) throws InterruptedException {
        Semaphore inFlight = new Semaphore(connections);
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
            sender.send(arrival, intendedStart).subscribe(
                    answer -> {
                        if (measured) {
                            tally.answered(answer, intendedStart, System.nanoTime());
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
        Duration longest = timeout.multipliedBy(3);
        inFlight.tryAcquire(connections, longest.toMillis(), TimeUnit.MILLISECONDS);
        return start;
    }

    private static void parkUntil(long deadlineNanos) {
        for (long wait = deadlineNanos - System.nanoTime(); wait > 0; wait = deadlineNanos - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
