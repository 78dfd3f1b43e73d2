package jp.mamori.bench.load;

import java.time.Duration;

/** The screening load of {@link LoadDriver}: an {@link OpenLoop} of screening requests against one target at a time. */
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

    private long drive(String baseUrl, ArrivalSchedule schedule, TargetTally tally) throws InterruptedException {
        try (ScreeningHttpClient client =
                     new ScreeningHttpClient(baseUrl, options.apiKey(), options.connections(), options.timeout())) {
            return new OpenLoop(options.connections(), options.timeout())
                    .drive(schedule, (arrival, intendedStart) -> client.screen(bodies.body(arrival)).map(Answer::of), tally);
        }
    }
}
