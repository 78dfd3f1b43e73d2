package jp.mamori.eccube.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import jp.mamori.connector.RetryAfter;

import jp.mamori.eccube.ShopCallException;
import jp.mamori.eccube.ShopHttpPolicy;
import okhttp3.FormBody;
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
 * One attempt at one call to an EC-CUBE shop (its {@code /token} endpoint or its {@code /api}),
 * classified: an answer with its status and JSON, or a {@link ShopCallException} when a retry could
 * help (timeouts, resets, 408, 429, 5xx). Retrying and circuit breaking are the caller's.
 */
public final class ShopHttp {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    /** An answer from the shop: its status and, when it sent JSON, the parsed body (else null). */
    public record Answer(int status, JsonNode body) {
    }

    public ShopHttp(ShopHttpPolicy policy) {
        this.client = new OkHttpClient.Builder()
                .connectTimeout(policy.connectTimeout())
                .readTimeout(policy.readTimeout())
                .writeTimeout(policy.readTimeout())
                .callTimeout(policy.callTimeout())
                // Every retry goes through the caller's Retry, so that it is counted, backed off and broken.
                .retryOnConnectionFailure(false)
                // A redirect means a misconfigured base URL, and following it would drop the token.
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    public Answer postForm(HttpUrl url, Map<String, String> form, String what) {
        FormBody.Builder body = new FormBody.Builder();
        form.forEach(body::add);
        return execute(new Request.Builder().url(url).post(body.build()).build(), what);
    }

    public Answer postJson(HttpUrl url, Object body, String bearer, String what) {
        return execute(new Request.Builder().url(url)
                .header("Authorization", "Bearer " + bearer)
                .post(RequestBody.create(json.writeValueAsBytes(body), JSON)).build(), what);
    }

    private Answer execute(Request request, String what) {
        try (Response response = client.newCall(request.newBuilder().header("Accept", "application/json").build()).execute()) {
            byte[] bytes = response.body().bytes();
            JsonNode body;
            try {
                body = bytes.length == 0 ? null : json.readTree(bytes);
            } catch (JacksonException notJson) {
                // A maintenance page or an HTML error from the host: no JSON to read.
                body = null;
            }
            int status = response.code();
            if (status == 408 || status == 429 || status / 100 == 5) {
                throw new ShopCallException(what + " answered " + status, true, status,
                        RetryAfter.parse(response.header("Retry-After"), Clock.systemUTC().instant()));
            }
            return new Answer(status, body);
        } catch (IOException e) {
            // Timeouts, resets, refused connections: the shop may be back in a moment.
            throw new ShopCallException(what + " failed: " + e.getClass().getSimpleName(), true, 0);
        }
    }
}
