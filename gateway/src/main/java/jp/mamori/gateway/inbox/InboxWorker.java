package jp.mamori.gateway.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.connector.inbox.Delivery;
import jp.mamori.connector.inbox.DeliveryDeferred;
import jp.mamori.connector.inbox.DeliveryHandler;
import jp.mamori.connector.inbox.PermanentDeliveryFailure;
import jp.mamori.connector.inbox.UnkeepableDelivery;
import jp.mamori.connector.inbox.RetrySchedule;
import jp.mamori.connector.inbox.WorkerThread;
import jp.mamori.gateway.MamoriProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.Disposables;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Works off the inbox: hands each due delivery to its platform's {@link DeliveryHandler}, records
 * success, schedules a retry with backoff and jitter, or dead-letters it. Deliveries for one
 * resource (one order) are handled one at a time and in order, and a newer delivery supersedes an
 * older one not yet handled. Stopping leaves unfinished deliveries pending, to be handled again
 * after the restart.
 *
 * <p>A delivery just stored comes straight from its webhook, body and all, so the steady flow of a
 * sale costs no look-ups; the database is looked up at every poll interval for what that misses:
 * retries that came due, deliveries left from before a restart, and those that did not fit in memory
 * during a burst.
 *
 * <p>Webhooks come first. While deliveries arrive faster than {@code burstRate} a second (a sale's opening
 * minute), the worker runs only {@code burstConcurrency} of them at once: on two cores, a worker at full speed
 * would take the CPU that answering the shops needs, and a shop whose webhooks time out disables them. The
 * backlog waits durably and is worked off at full speed once the burst is over. And whatever the worker computes
 * (translating, screening, bookkeeping) runs on one thread of its own ({@link WorkerThread}), so it takes at most
 * one core, and never queues on the parallel threads where webhooks finish their answers; only its blocking calls
 * to shops wait elsewhere.
 */
@Component
public class InboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
    /** A handler stuck longer than this is treated as failed, and its delivery retried. */
    private static final Duration HANDLER_TIMEOUT = Duration.ofMinutes(2);
    /** Deliveries held in memory per delivery handled at once; a backlog beyond that waits in the database. */
    private static final int HELD_PER_RUNNING = 64;
    /** Far longer than any look-up takes, which is all that a finished delivery must be remembered for. */
    private static final Duration REMEMBER_FINISHED = Duration.ofMinutes(1);

    private final InboxStore inbox;
    private final MeterRegistry meters;
    private final Map<String, DeliveryHandler> handlers;
    private final MamoriProperties.Inbox settings;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final Lanes lanes;
    private final ArrivalRate arrivalRate = new ArrivalRate();
    private volatile Scheduler ownThread;
    private volatile Sinks.Empty<Void> stopping = Sinks.empty();
    private volatile Disposable loop;
    private volatile boolean started;

    public InboxWorker(InboxStore inbox, ObjectProvider<DeliveryHandler> handlers, MamoriProperties properties, Clock clock,
                       MeterRegistry meters) {
        this.inbox = inbox;
        this.meters = meters;
        this.handlers = handlers.orderedStream().collect(Collectors.toMap(DeliveryHandler::platform, Function.identity()));
        this.settings = properties.inbox();
        this.schedule = settings.retrySchedule();
        this.clock = clock;
        this.lanes = new Lanes(settings.concurrency(), settings.concurrency() * HELD_PER_RUNNING, REMEMBER_FINISHED);
        meters.gauge("mamori.inbox.held", lanes, Lanes::held);
    }

    @Override
    public void start() {
        stopping = Sinks.empty();
        ownThread = Schedulers.newSingle("inbox-worker");
        started = true;
        Disposable arrivals = inbox.arrivals().subscribe(work -> {
            arrivalRate.arrived(System.nanoTime());
            if (lanes.offer(work)) {
                startWhatIsReady();
            }
        });
        // A tick that comes while a look-up is still running is dropped, not queued: the interval must never
        // overflow (it would end the loop), and one look-up after the running one sees everything anyway.
        Flux<Object> ticks = Flux.interval(Duration.ZERO, settings.pollInterval()).onBackpressureDrop().map(Object.class::cast);
        Flux<Object> wakeUps = inbox.wakeUps().onBackpressureLatest().map(Object.class::cast);
        Disposable lookUps = Flux.merge(ticks, wakeUps)
                .onBackpressureLatest()
                .concatMap(tick -> lookUp()
                        .onErrorResume(e -> {
                            log.warn("Inbox look-up failed; trying again at the next tick", e);
                            return Mono.empty();
                        }), 1)
                .subscribe(null, e -> log.error("The inbox worker stopped; deliveries wait for the next start", e));
        loop = Disposables.composite(arrivals, lookUps);
    }

    /** Takes the due deliveries that are not held yet, as far as there is room. */
    private Mono<Void> lookUp() {
        int room = lanes.room();
        if (room <= 0) {
            return Mono.empty();
        }
        // Those held are pending too and come first: ask for enough to fill the room behind them.
        return inbox.due(clock.instant(), lanes.held() + room)
                .doOnNext(lanes::offer)
                .then(Mono.fromRunnable(this::startWhatIsReady));
    }

    private void startWhatIsReady() {
        if (!started) {
            return;
        }
        for (Work work : lanes.start(runningLimit())) {
            handleOne(work)
                    .contextWrite(WorkerThread.of(ownThread))
                    .subscribeOn(ownThread)
                    .onErrorResume(e -> {
                        log.warn("Inbox bookkeeping failed for {}", work.id(), e);
                        return Mono.empty();
                    })
                    .takeUntilOther(stopping.asMono())
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .subscribe(version -> {
                        lanes.finish(work, version.orElse(null), clock.instant());
                        startWhatIsReady();
                    });
        }
    }

    /** How many deliveries may run at once just now: fewer during a burst of arrivals. */
    private int runningLimit() {
        return arrivalRate.perSecond(System.nanoTime()) > settings.burstRate() ? settings.burstConcurrency() : settings.concurrency();
    }

    /** Handles one delivery; answers the version its row was left at. */
    private Mono<Long> handleOne(Work work) {
        if (work.superseded()) {
            return inbox.markSuperseded(work.id(), clock.instant()).doOnSuccess(v -> count(work.platform(), "superseded"));
        }
        DeliveryHandler handler = handlers.get(work.platform());
        if (handler == null) {
            return inbox.deadLetter(work.id(), work.attempt(), "no handler for platform " + work.platform(), clock.instant(), false)
                    .doOnSuccess(v -> count(work.platform(), "dead"));
        }
        // Handling goes on the worker's own thread: a database read completes on whichever thread hands
        // back a pooled connection, often a server thread, and webhooks must not wait behind screenings.
        return inbox.delivery(work)
                .publishOn(ownThread)
                .flatMap(delivery -> handle(handler, delivery));
    }

    private Mono<Long> handle(DeliveryHandler handler, Delivery delivery) {
        return Mono.defer(() -> handler.handle(delivery))
                .timeout(HANDLER_TIMEOUT)
                .then(Mono.defer(() -> inbox.markDone(delivery, clock.instant())))
                .doOnSuccess(v -> count(delivery.platform(), "done"))
                .onErrorResume(failure -> failed(delivery, failure));
    }

    private Mono<Long> failed(Delivery delivery, Throwable failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (failure instanceof DeliveryDeferred deferred) {
            // Waiting for a person (a shop to be connected again) spends no attempt of the retry budget.
            return inbox.retryLater(delivery.id(), delivery.attempt() - 1, clock.instant().plus(deferred.delay()), error)
                    .doOnSuccess(v -> count(delivery.platform(), "deferred"));
        }
        if (failure instanceof PermanentDeliveryFailure || !schedule.allowsAnotherAttempt(delivery.attempt())) {
            log.warn("Delivery {} ({} {} {}) dead-lettered after {} attempt(s): {}", delivery.id(), delivery.platform(),
                    delivery.shop(), delivery.resourceId(), delivery.attempt(), error);
            return inbox.deadLetter(delivery.id(), delivery.attempt(), error, clock.instant(),
                            failure instanceof UnkeepableDelivery)
                    .doOnSuccess(v -> count(delivery.platform(), "dead"));
        }
        return inbox.retryLater(delivery.id(), delivery.attempt(),
                clock.instant().plus(schedule.delayAfter(delivery.attempt(), random)), error)
                .doOnSuccess(v -> count(delivery.platform(), "retry"));
    }

    private void count(String platform, String outcome) {
        meters.counter("mamori.inbox.deliveries", "platform", platform, "outcome", outcome).increment();
    }

    @Override
    public void stop() {
        started = false;
        Disposable running = loop;
        if (running != null) {
            running.dispose();
        }
        stopping.tryEmitEmpty();
        loop = null;
        Scheduler own = ownThread;
        if (own != null) {
            own.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
