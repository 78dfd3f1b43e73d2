package jp.mamori.bench.load;

import java.time.Duration;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/** Posts screening requests through a {@link PooledHttpClient}, the same for every target. */
final class ScreeningHttpClient implements AutoCloseable {

    private static final String PATH = "/v1/screenings";

    private final PooledHttpClient pooled;
    private final HttpClient http;

    ScreeningHttpClient(String baseUrl, String apiKey, int connections, Duration timeout) {
        this.pooled = new PooledHttpClient("mamori-load", baseUrl, connections, timeout);
        this.http = pooled.http()
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
        pooled.close();
    }
}
