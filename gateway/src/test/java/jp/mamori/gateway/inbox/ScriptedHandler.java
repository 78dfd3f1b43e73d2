package jp.mamori.gateway.inbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jp.mamori.connector.inbox.Delivery;
import jp.mamori.connector.inbox.DeliveryHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** A delivery handler for the platform {@code test} whose behaviour each test scripts per resource. */
public class ScriptedHandler implements DeliveryHandler {

    /** Adds the handler to a started gateway. */
    @Configuration(proxyBeanMethods = false)
    public static class Setup {
        @Bean
        ScriptedHandler scriptedHandler() {
            return new ScriptedHandler();
        }
    }

    private final Map<String, Function<Delivery, Mono<Void>>> scripts = new ConcurrentHashMap<>();
    private final List<Delivery> handled = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private final Map<String, Integer> mostAtOnce = new ConcurrentHashMap<>();

    @Override
    public String platform() {
        return "test";
    }

    void script(String resourceId, Function<Delivery, Mono<Void>> behaviour) {
        scripts.put(resourceId, behaviour);
    }

    @Override
    public Mono<Void> handle(Delivery delivery) {
        return Mono.defer(() -> {
            handled.add(delivery);
            int now = running.computeIfAbsent(delivery.resourceId(), r -> new AtomicInteger()).incrementAndGet();
            mostAtOnce.merge(delivery.resourceId(), now, Math::max);
            return scripts.getOrDefault(delivery.resourceId(), d -> Mono.empty()).apply(delivery);
        })
                // Counted out before the end is passed on, not after as doFinally would: the worker may start the
                // order's next delivery on another thread while the end is still being passed on.
                .doOnTerminate(() -> finished(delivery))
                .doOnCancel(() -> finished(delivery));
    }

    private void finished(Delivery delivery) {
        running.get(delivery.resourceId()).decrementAndGet();
    }

    /** The most deliveries of one resource that were ever being handled at the same time. */
    int mostAtOnce(String resourceId) {
        return mostAtOnce.getOrDefault(resourceId, 0);
    }

    List<Delivery> handled(String resourceId) {
        return handled.stream().filter(d -> d.resourceId().equals(resourceId)).toList();
    }
}
