package jp.mamori.bench.load;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Posts screening requests over HTTP/1.1 keep-alive connections from a fixed pool. Every target is
 * measured through the same client set up the same way, so differences come from the targets.
 */
final class ScreeningHttpClient implements AutoCloseable {

    private static final String PATH = "/v1/screenings";

    private final ConnectionProvider pool;
    private final HttpClient http;

    ScreeningHttpClient(String baseUrl, String apiKey, int connections, Duration timeout) {
        // The caller bounds requests in flight to `connections`; the pending queue only absorbs the
        // moment between a response being handed over and its connection going back to the pool.
        this.pool = ConnectionProvider.builder("mamori-load")
                .maxConnections(connections)
                .pendingAcquireMaxCount(connections)
                .pendingAcquireTimeout(timeout)
                .build();
        this.http = HttpClient.create(pool)
                .baseUrl(baseUrl)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(timeout.toMillis()))
                .responseTimeout(timeout)
                .headers(headers -> headers
                        .set(HttpHeaderNames.AUTHORIZATION, "Bearer " + apiKey)
                        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                        .set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON));
    }

    /** The HTTP status of the answer, once its body has been read; an error if there was no answer. */
    Mono<Integer> screen(byte[] body) {
        return http.post()
                .uri(PATH)
                .send((request, outbound) -> {
                    request.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
                    return outbound.sendByteArray(Mono.just(body));
                })
                .responseSingle((response, content) -> content.then(Mono.just(response.status().code())));
    }

    @Override
    public void close() {
        pool.disposeLater().block(Duration.ofSeconds(10));
    }
}
