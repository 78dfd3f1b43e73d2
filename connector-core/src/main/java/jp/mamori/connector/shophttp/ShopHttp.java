package jp.mamori.connector.shophttp;

import java.io.IOException;
import java.time.Clock;
import java.util.function.Function;

import jp.mamori.connector.RetryAfter;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One attempt at one call to a shop's API, classified: an {@link Answer} with the status and the JSON
 * the shop sent, or a retryable {@link ShopCallException} when a later attempt could help (a timeout, a
 * reset, 408, 429, 5xx). Retrying and circuit breaking are {@link ShopCallGuard}'s; this class never
 * retries on its own. Paths, authentication and what counts as success are the bridge's.
 */
public final class ShopHttp {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;
    private final Function<JsonNode, String> errorDetail;

    /** An answer from the shop: its status and, when it sent JSON, the parsed body (else null). */
    public record Answer(int status, JsonNode body) {
    }

    /**
     * {@code clock} dates a {@code Retry-After} given as an HTTP date. {@code errorDetail} turns the body
     * of a failed call (null when it was not JSON) into text appended to the failure's message, such as
     * a platform's machine-readable error code, "" for none; it must never return a secret or the body.
     */
    public ShopHttp(ShopHttpPolicy policy, Clock clock, Function<JsonNode, String> errorDetail) {
        this.client = new OkHttpClient.Builder()
                .connectTimeout(policy.connectTimeout())
                .readTimeout(policy.readTimeout())
                .writeTimeout(policy.readTimeout())
                .callTimeout(policy.callTimeout())
                // OkHttp would silently repeat a request whose connection failed, and a repeated write can
                // be a second note: every retry goes through ShopCallGuard, which counts, backs off and breaks.
                .retryOnConnectionFailure(false)
                // A redirect means a misconfigured base URL (http → https, a www alias); following it
                // would turn a PUT into a GET and drop the Authorization header.
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        this.clock = clock;
        this.errorDetail = errorDetail;
    }

    /** {@code body} as a JSON request body. */
    public RequestBody json(Object body) {
        return RequestBody.create(json.writeValueAsBytes(body), JSON);
    }

    /** Sends {@code request} asking for JSON; {@code what} names the call in messages ({@code "PUT /orders/5124"}). */
    public Answer send(Request request, String what) {
        try (Response response = client.newCall(request.newBuilder().header("Accept", "application/json").build()).execute()) {
            byte[] bytes = response.body().bytes();
            JsonNode body;
            try {
                body = bytes.length == 0 ? null : json.readTree(bytes);
            } catch (JacksonException notJson) {
                // An HTML error page from the host, a maintenance page, a login form: no JSON to read.
                body = null;
            }
            int status = response.code();
            if (isRetryable(status)) {
                throw new ShopCallException(what + " answered " + status + errorDetail.apply(body), true, status,
                        RetryAfter.parse(response.header("Retry-After"), clock.instant()));
            }
            return new Answer(status, body);
        } catch (IOException e) {
            // Timeouts, resets, refused connections, TLS failures: the shop may be back in a moment.
            throw new ShopCallException(what + " failed: " + e.getClass().getSimpleName(), true, 0);
        }
    }

    private static boolean isRetryable(int status) {
        return status == 408 || status == 429 || status / 100 == 5;
    }
}
