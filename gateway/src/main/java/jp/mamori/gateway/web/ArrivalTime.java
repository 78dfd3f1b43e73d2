package jp.mamori.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * When a request reached the gateway ({@link System#nanoTime()}), noted before anything else is done with it: a
 * deadline the caller measures (an authorization's) runs from there, not from when its handler got round to it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ArrivalTime implements WebFilter {

    private static final String ATTRIBUTE = ArrivalTime.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().put(ATTRIBUTE, System.nanoTime());
        return chain.filter(exchange);
    }

    /** When {@code exchange} arrived; now, if it passed no filter (a test calling a handler directly). */
    public static long of(ServerWebExchange exchange) {
        Long arrived = exchange.getAttribute(ATTRIBUTE);
        return arrived != null ? arrived : System.nanoTime();
    }
}
