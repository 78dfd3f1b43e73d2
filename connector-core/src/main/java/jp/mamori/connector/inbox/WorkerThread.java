package jp.mamori.connector.inbox;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * The inbox worker's own thread, carried in the Reactor context of each delivery it handles. On two cores the
 * worker must not take the CPU that answering webhooks needs: its translating, screening and bookkeeping all run
 * on this one thread, while its blocking calls to shops wait on threads meant for waiting and come back to it.
 * Outside the worker (an admin's doctor check, a test) there is no such thread and nothing moves.
 */
public final class WorkerThread {

    private static final Object KEY = WorkerThread.class;

    private WorkerThread() {
    }

    /** The context under which a delivery is handled on {@code scheduler}. */
    public static Context of(Scheduler scheduler) {
        return Context.of(KEY, scheduler);
    }

    /** The worker's thread in {@code context}, or {@code otherwise} outside the worker. */
    public static Scheduler in(ContextView context, Scheduler otherwise) {
        return context.getOrDefault(KEY, otherwise);
    }

    /**
     * Runs a blocking call (a shop's REST or GraphQL API) where waiting costs no one, then carries on on the worker's
     * thread when there is one.
     */
    public static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.deferContextual(context -> {
            Mono<T> waited = Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
            return context.hasKey(KEY) ? waited.publishOn(context.get(KEY)) : waited;
        });
    }
}
