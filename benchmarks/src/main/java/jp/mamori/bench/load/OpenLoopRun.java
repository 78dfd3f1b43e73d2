package jp.mamori.bench.load;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The screening load of {@link LoadDriver}: an {@link OpenLoop} of screening requests against one target at a time. */
final class OpenLoopRun {

    private final LoadOptions options;
    private final ScreeningRequestBodies bodies;
    private final Map<String, LongAdder> fallbacks = new ConcurrentHashMap<>();

    OpenLoopRun(LoadOptions options, ScreeningRequestBodies bodies) {
        this.options = options;
        this.bodies = bodies;
    }

    /** Warm-up, then the measured window. */
    TargetResult against(String target, String baseUrl) throws InterruptedException {
        TargetTally tally = new TargetTally();
        LongAdder fellBack = fallbacks.computeIfAbsent(target, t -> new LongAdder());
        long start = drive(baseUrl, options.schedule(), tally, fellBack);
        return tally.result(target, start + options.warmup().toNanos(), options.duration());
    }

    /** Measured answers of {@code target} that were the fallback of an authorization past its deadline. */
    long fallbacks(String target) {
        LongAdder count = fallbacks.get(target);
        return count == null ? 0 : count.sum();
    }

    /**
     * A warm-up alone, measuring nothing. The driver's own code is cold at first: compiling it
     * takes CPU from the target on a small machine, so whichever target went first would look slower.
     */
    void warmUp(String baseUrl) throws InterruptedException {
        drive(baseUrl, new ArrivalSchedule(options.rate(), options.warmup(), Duration.ZERO), new TargetTally(), new LongAdder());
    }

    private long drive(String baseUrl, ArrivalSchedule schedule, TargetTally tally, LongAdder fellBack)
            throws InterruptedException {
        boolean authorizations = options.endpoint() == LoadOptions.Endpoint.AUTHORIZATIONS;
        try (ScreeningHttpClient client = new ScreeningHttpClient(baseUrl, options.apiKey(), options.connections(),
                options.timeout(), options.endpoint().path())) {
            return new OpenLoop(options.connections(), options.timeout())
                    .drive(schedule, (arrival, intendedStart) -> client.send(authorizations
                                    ? bodies.authorizationBody(arrival, options.deadlineMs()) : bodies.body(arrival))
                            .map(reply -> {
                                if (reply.fallback() && schedule.isMeasured(arrival)) {
                                    fellBack.increment();
                                }
                                return Answer.of(reply.status());
                            }), tally);
        }
    }
}
