package jp.mamori.bench.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/** Posts screening (or authorization) requests through a {@link PooledHttpClient}, the same for every target. */
final class ScreeningHttpClient implements AutoCloseable {

    private static final String FALLBACK = "\"fallback\":true";

    /** An answer's status, and whether it says the deadline forced the fallback. */
    record Reply(int status, boolean fallback) {
    }

    private final PooledHttpClient pooled;
    private final HttpClient http;
    private final String path;

    ScreeningHttpClient(String baseUrl, String apiKey, int connections, Duration timeout) {
        this(baseUrl, apiKey, connections, timeout, LoadOptions.Endpoint.SCREENINGS.path());
    }

    ScreeningHttpClient(String baseUrl, String apiKey, int connections, Duration timeout, String path) {
        this.path = path;
        this.pooled = new PooledHttpClient("mamori-load", baseUrl, connections, timeout);
        this.http = pooled.http()
                .headers(headers -> headers
                        .set(HttpHeaderNames.AUTHORIZATION, "Bearer " + apiKey)
                        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                        .set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON));
    }

    /** The HTTP status of the answer, once its body has been read; an error if there was no answer. */
    Mono<Integer> screen(byte[] body) {
        return send(body).map(Reply::status);
    }

    /** The answer's status and whether it was a fallback, once its body has been read; an error if there was none. */
    Mono<Reply> send(byte[] body) {
        return http.post()
                .uri(path)
                .send((request, outbound) -> {
                    request.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
                    return outbound.sendByteArray(Mono.just(body));
                })
                .responseSingle((response, content) -> content.asByteArray()
                        .defaultIfEmpty(new byte[0])
                        .map(bytes -> new Reply(response.status().code(),
                                new String(bytes, StandardCharsets.UTF_8).contains(FALLBACK))));
    }

    @Override
    public void close() {
        pooled.close();
    }
}
