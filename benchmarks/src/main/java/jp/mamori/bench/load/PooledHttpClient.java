package jp.mamori.bench.load;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The HTTP client every driver measures through: HTTP/1.1 keep-alive over a fixed pool, with the same
 * timeouts, so that differences between runs come from the targets and not from the client.
 */
public final class PooledHttpClient implements AutoCloseable {

    private final ConnectionProvider pool;
    private final HttpClient http;

    public PooledHttpClient(String name, String baseUrl, int connections, Duration timeout) {
        // The caller bounds requests in flight to `connections`; the pending queue only absorbs the
        // moment between a response being handed over and its connection going back to the pool.
        this.pool = ConnectionProvider.builder(name)
                .maxConnections(connections)
                .pendingAcquireMaxCount(connections)
                .pendingAcquireTimeout(timeout)
                .build();
        this.http = HttpClient.create(pool)
                .baseUrl(baseUrl)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(timeout.toMillis()))
                .responseTimeout(timeout);
    }

    public HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        pool.disposeLater().block(Duration.ofSeconds(10));
    }
}
