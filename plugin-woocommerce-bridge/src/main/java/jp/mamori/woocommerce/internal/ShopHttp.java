package jp.mamori.woocommerce.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jp.mamori.woocommerce.ShopCallException;
import jp.mamori.woocommerce.ShopCredentials;
import jp.mamori.woocommerce.ShopHttpPolicy;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One attempt at one call to a shop's WooCommerce REST API, classified: a JSON answer, or a
 * {@link ShopCallException} saying whether trying again could help. Retrying and circuit breaking
 * are the caller's; this class never retries on its own.
 */
public final class ShopHttp {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String API = "wp-json/wc/v3";

    private final OkHttpClient client;
    private final HttpUrl api;
    private final String authorization;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    /** An answer from the shop: its status and, when it sent JSON, the parsed body (else null). */
    public record Answer(int status, JsonNode body) {
    }

    public ShopHttp(URI baseUrl, ShopCredentials credentials, ShopHttpPolicy policy, Clock clock) {
        this.client = new OkHttpClient.Builder()
                .connectTimeout(policy.connectTimeout())
                .readTimeout(policy.readTimeout())
                .writeTimeout(policy.readTimeout())
                .callTimeout(policy.callTimeout())
                // OkHttp would silently repeat a request whose connection failed, and a repeated POST
                // of a note is a second note: every retry goes through the caller's Retry, which checks first.
                .retryOnConnectionFailure(false)
                // A redirect means a misconfigured base URL (http → https, a www alias); following it
                // would turn a PUT into a GET and drop the Authorization header.
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        HttpUrl base = HttpUrl.get(baseUrl.toString());
        this.api = base.newBuilder().addPathSegments(API).build();
        this.authorization = Credentials.basic(credentials.consumerKey(), credentials.consumerSecret(),
                java.nio.charset.StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** {@code GET} of a path below {@code /wp-json/wc/v3}, with query parameters as name, value pairs. */
    public Answer get(String path, String... query) {
        HttpUrl.Builder url = api.newBuilder().addPathSegments(path);
        for (int i = 0; i + 1 < query.length; i += 2) {
            url.addQueryParameter(query[i], query[i + 1]);
        }
        return execute(new Request.Builder().url(url.build()).get(), "GET /" + path);
    }

    /** A call that must succeed with 2xx, else it throws. */
    public JsonNode expectSuccess(Answer answer, String what) {
        if (answer.status() / 100 != 2) {
            throw failure(answer, what);
        }
        if (answer.body() == null) {
            throw new ShopCallException(what + " answered " + answer.status() + " without JSON: not the WooCommerce REST API",
                    false, answer.status(), null);
        }
        return answer.body();
    }

    public JsonNode put(String path, Object body) {
        String what = "PUT /" + path;
        return expectSuccess(execute(new Request.Builder().url(api.newBuilder().addPathSegments(path).build())
                .put(RequestBody.create(json.writeValueAsBytes(body), JSON)), what), what);
    }

    public JsonNode post(String path, Object body) {
        String what = "POST /" + path;
        return expectSuccess(execute(new Request.Builder().url(api.newBuilder().addPathSegments(path).build())
                .post(RequestBody.create(json.writeValueAsBytes(body), JSON)), what), what);
    }

    private Answer execute(Request.Builder request, String what) {
        Request call = request.header("Authorization", authorization).header("Accept", "application/json").build();
        try (Response response = client.newCall(call).execute()) {
            byte[] bytes = response.body().bytes();
            JsonNode body = null;
            try {
                body = bytes.length == 0 ? null : json.readTree(bytes);
            } catch (JacksonException notJson) {
                // An HTML error page from the host, a maintenance page, a login form: no JSON to read.
                body = null;
            }
            Answer answer = new Answer(response.code(), body);
            if (isRetryable(response.code())) {
                throw new ShopCallException(what + " answered " + response.code() + errorCode(body), true,
                        response.code(), retryAfter(response.header("Retry-After")));
            }
            return answer;
        } catch (IOException e) {
            // Timeouts, resets, refused connections, TLS failures: the shop may be back in a moment.
            throw new ShopCallException(what + " failed: " + e.getClass().getSimpleName(), true, 0, null);
        }
    }

    private static boolean isRetryable(int status) {
        return status == 408 || status == 429 || status / 100 == 5;
    }

    private static ShopCallException failure(Answer answer, String what) {
        return new ShopCallException(what + " answered " + answer.status() + errorCode(answer.body()), false,
                answer.status(), null);
    }

    /** WooCommerce's machine-readable error code ({@code woocommerce_rest_cannot_edit}), which names no secret. */
    private static String errorCode(JsonNode body) {
        JsonNode code = body == null || !body.isObject() ? null : body.get("code");
        return code != null && code.isString() ? " (" + code.asString() + ")" : "";
    }

    /** {@code Retry-After} as seconds or as an HTTP date; null when absent or unreadable. */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Duration wait = Duration.between(clock.instant(),
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
