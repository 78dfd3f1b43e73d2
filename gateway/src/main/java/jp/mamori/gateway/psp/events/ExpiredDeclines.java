package jp.mamori.gateway.psp.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jp.mamori.engine.Policy;
import jp.mamori.gateway.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Deletes stored declines older than velocity's longest window, at start and every hour after: they are kept only to
 * rebuild card-testing state at start, which reads no further back. A card-testing attack can leave thousands a day.
 */
@Component
public class ExpiredDeclines extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiredDeclines.class);
    private static final Duration EVERY = Duration.ofHours(1);
    private static final int PER_COMMIT = 500;

    private final PspDeclines declines;
    /** What the engine's state is rebuilt from at start (see EngineConfiguration), and so what must be kept. */
    private final Duration kept = Policy.defaultPolicy().velocityRetention();
    private final Clock clock;

    public ExpiredDeclines(PspDeclines declines, Clock clock) {
        super(Duration.ZERO, EVERY);
        this.declines = declines;
        this.clock = clock;
    }

    /** Deletes every decline made before the window; answers how many. */
    Mono<Long> forgetOld() {
        Instant before = clock.instant().minus(kept);
        return inBatches(() -> declines.forgetBefore(before, PER_COMMIT), PER_COMMIT);
    }

    @Override
    protected Mono<Void> runOnce() {
        return forgetOld()
                .doOnNext(deleted -> {
                    if (deleted > 0) {
                        log.info("Deleted {} declines made more than {} ago", deleted, kept);
                    }
                })
                .then();
    }
}
