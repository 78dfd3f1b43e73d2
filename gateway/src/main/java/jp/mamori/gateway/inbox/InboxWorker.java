package jp.mamori.gateway.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import jp.mamori.connector.inbox.Delivery;
import jp.mamori.connector.inbox.DeliveryDeferred;
import jp.mamori.connector.inbox.DeliveryHandler;
import jp.mamori.connector.inbox.PermanentDeliveryFailure;
import jp.mamori.connector.inbox.RetrySchedule;
import jp.mamori.gateway.MamoriProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Works off the inbox: hands each due delivery to its platform's {@link DeliveryHandler}, records
 * success, schedules a retry with backoff and jitter, or dead-letters it. Deliveries for one
 * resource (one order) are handled one at a time and in order, and a newer delivery supersedes an
 * older one not yet handled. Stopping leaves unfinished deliveries pending, to be handled again
 * after the restart.
 */
@Component
public class InboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
    /** A handler stuck longer than this is treated as failed, and its delivery retried. */
    private static final Duration HANDLER_TIMEOUT = Duration.ofMinutes(2);

    private final InboxStore inbox;
    private final MeterRegistry meters;
    private final Map<String, DeliveryHandler> handlers;
    private final MamoriProperties.Inbox settings;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final Set<String> busyResources = ConcurrentHashMap.newKeySet();
    /**
     * Deliveries finished since the running look-up for due ones began, by the count at which each finished:
     * that look-up may still show them pending, and must not hand them out again.
     */
    private final Map<String, Long> recentlyFinished = new ConcurrentHashMap<>();
    private final AtomicLong finishes = new AtomicLong();
    private volatile Sinks.Empty<Void> stopping = Sinks.empty();
    private volatile Disposable loop;

    public InboxWorker(InboxStore inbox, ObjectProvider<DeliveryHandler> handlers, MamoriProperties properties, Clock clock,
                       MeterRegistry meters) {
        this.inbox = inbox;
        this.meters = meters;
        this.handlers = handlers.orderedStream().collect(Collectors.toMap(DeliveryHandler::platform, Function.identity()));
        this.settings = properties.inbox();
        this.schedule = settings.retrySchedule();
        this.clock = clock;
    }

    @Override
    public void start() {
        stopping = Sinks.empty();
        // A tick that comes while a look-up is still running is dropped, not queued: the interval must never
        // overflow (it would end the loop), and one look-up after the running one sees everything anyway.
        Flux<Object> ticks = Flux.interval(Duration.ZERO, settings.pollInterval()).onBackpressureDrop().map(Object.class::cast);
        Flux<Object> arrivals = inbox.arrivals().onBackpressureLatest().map(Object.class::cast);
        loop = Flux.merge(ticks, arrivals)
                .onBackpressureLatest()
                .concatMap(tick -> dispatchDue()
                        .onErrorResume(e -> {
                            log.warn("Inbox poll failed; trying again at the next tick", e);
                            return Mono.empty();
                        }), 1)
                .subscribe(null, e -> log.error("The inbox worker stopped; deliveries wait for the next start", e));
    }

    /** Starts handling every due delivery whose order is not being handled already. */
    private Mono<Void> dispatchDue() {
        int room = settings.concurrency() - busyResources.size();
        if (room <= 0) {
            return Mono.empty();
        }
        long lookUpStarted = finishes.get();
        recentlyFinished.values().removeIf(finishedAt -> finishedAt <= lookUpStarted);
        // Those being handled are pending too and come first: ask for enough to fill the room behind them.
        return inbox.due(clock.instant(), settings.concurrency() + room)
                .filter(due -> !recentlyFinished.containsKey(due.id()))
                .filter(due -> busyResources.size() < settings.concurrency() && busyResources.add(resourceOf(due)))
                .doOnNext(due -> handleOne(due)
                        .takeUntilOther(stopping.asMono())
                        .doFinally(signal -> {
                            recentlyFinished.put(due.id(), finishes.incrementAndGet());
                            busyResources.remove(resourceOf(due));
                        })
                        .subscribe(null, e -> log.warn("Inbox bookkeeping failed for {}", due.id(), e)))
                .then();
    }

    private Mono<Void> handleOne(InboxStore.Due due) {
        if (due.superseded()) {
            return inbox.markSuperseded(due.id(), clock.instant()).doOnSuccess(v -> count(due.platform(), "superseded"));
        }
        DeliveryHandler handler = handlers.get(due.platform());
        if (handler == null) {
            return inbox.deadLetter(due.id(), due.attempt(), "no handler for platform " + due.platform(), clock.instant())
                    .doOnSuccess(v -> count(due.platform(), "dead"));
        }
        // Handling goes on the worker's own threads: a database read completes on whichever thread hands
        // back a pooled connection, often a server thread, and webhooks must not wait behind screenings.
        return inbox.delivery(due)
                .subscribeOn(Schedulers.boundedElastic())
                .publishOn(Schedulers.boundedElastic())
                .flatMap(delivery -> handle(handler, delivery));
    }

    private Mono<Void> handle(DeliveryHandler handler, Delivery delivery) {
        return Mono.defer(() -> handler.handle(delivery))
                .timeout(HANDLER_TIMEOUT)
                .then(Mono.defer(() -> inbox.markDone(delivery, clock.instant())))
                .doOnSuccess(v -> count(delivery.platform(), "done"))
                .onErrorResume(failure -> failed(delivery, failure));
    }

    private Mono<Void> failed(Delivery delivery, Throwable failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (failure instanceof DeliveryDeferred deferred) {
            // Waiting for a person (a shop to be connected again) spends no attempt of the retry budget.
            return inbox.retryLater(delivery.id(), delivery.attempt() - 1, clock.instant().plus(deferred.delay()), error)
                    .doOnSuccess(v -> meters.counter("mamori.inbox.deliveries", "platform", delivery.platform(), "outcome", "deferred").increment());
        }
        if (failure instanceof PermanentDeliveryFailure || !schedule.allowsAnotherAttempt(delivery.attempt())) {
            log.warn("Delivery {} ({} {} {}) dead-lettered after {} attempt(s): {}", delivery.id(), delivery.platform(),
                    delivery.shop(), delivery.resourceId(), delivery.attempt(), error);
            return inbox.deadLetter(delivery.id(), delivery.attempt(), error, clock.instant())
                    .doOnSuccess(v -> count(delivery.platform(), "dead"));
        }
        return inbox.retryLater(delivery.id(), delivery.attempt(),
                clock.instant().plus(schedule.delayAfter(delivery.attempt(), random)), error)
                .doOnSuccess(v -> count(delivery.platform(), "retry"));
    }

    private void count(String platform, String outcome) {
        meters.counter("mamori.inbox.deliveries", "platform", platform, "outcome", outcome).increment();
    }

    private static String resourceOf(InboxStore.Due due) {
        return due.platform() + '\n' + due.shop() + '\n' + due.resourceId();
    }

    @Override
    public void stop() {
        Disposable running = loop;
        if (running != null) {
            running.dispose();
        }
        stopping.tryEmitEmpty();
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
