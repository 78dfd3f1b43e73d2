package jp.mamori.gateway.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jp.mamori.gateway.MamoriProperties;
import jp.mamori.gateway.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes deliveries finished longer ago than {@code mamori.inbox.keep-finished}, at start and every hour after. A
 * shop's deliveries are kept whole (3–4 KB of order JSON each), so without this the database would grow by the inbox
 * for ever. Deletes go in small commits, each queued behind the webhooks' own writes like any other.
 */
@Component
public class FinishedDeliveries extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(FinishedDeliveries.class);
    private static final Duration EVERY = Duration.ofHours(1);
    private static final int PER_COMMIT = 500;
    private static final List<String> FINISHED = List.of("DONE", "SUPERSEDED");

    private final InboxStore inbox;
    private final Duration keep;
    private final Clock clock;

    public FinishedDeliveries(InboxStore inbox, MamoriProperties properties, Clock clock) {
        super(Duration.ZERO, EVERY);
        this.inbox = inbox;
        this.keep = properties.inbox().keepFinished();
        this.clock = clock;
    }

    /** Deletes every delivery finished before {@code keep} ago; answers how many. */
    Mono<Long> forgetOld() {
        Instant before = clock.instant().minus(keep);
        return Flux.fromIterable(FINISHED)
                .concatMap(status -> inBatches(() -> inbox.forgetFinished(status, before, PER_COMMIT), PER_COMMIT))
                .reduce(0L, Long::sum);
    }

    @Override
    protected Mono<Void> runOnce() {
        return forgetOld()
                .doOnNext(deleted -> {
                    if (deleted > 0) {
                        log.info("Deleted {} deliveries finished more than {} ago", deleted, keep);
                    }
                })
                .then();
    }
}
