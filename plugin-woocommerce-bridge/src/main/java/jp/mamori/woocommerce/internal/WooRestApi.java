package jp.mamori.woocommerce.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jp.mamori.connector.shophttp.ShopCallException;
import jp.mamori.connector.shophttp.ShopHttp;
import jp.mamori.connector.shophttp.ShopHttpPolicy;
import jp.mamori.woocommerce.ShopCredentials;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/**
 * One attempt at one call to a shop's WooCommerce REST API: paths below {@code /wp-json/wc/v3}, the
 * consumer key as Basic authentication, and WooCommerce's error codes in the messages. Retrying and
 * circuit breaking are the caller's; this class never retries on its own.
 */
public final class WooRestApi {

    private static final String API = "wp-json/wc/v3";

    private final ShopHttp http;
    private final HttpUrl api;
    private final String authorization;

    public WooRestApi(URI baseUrl, ShopCredentials credentials, ShopHttpPolicy policy, Clock clock) {
        this.http = new ShopHttp(policy, clock, WooRestApi::errorCode);
        this.api = HttpUrl.get(baseUrl.toString()).newBuilder().addPathSegments(API).build();
        this.authorization = Credentials.basic(credentials.consumerKey(), credentials.consumerSecret(), StandardCharsets.UTF_8);
    }

    /** {@code GET} of a path below {@code /wp-json/wc/v3}, with query parameters as name, value pairs. */
    public ShopHttp.Answer get(String path, String... query) {
        HttpUrl.Builder url = api.newBuilder().addPathSegments(path);
        for (int i = 0; i + 1 < query.length; i += 2) {
            url.addQueryParameter(query[i], query[i + 1]);
        }
        return execute(new Request.Builder().url(url.build()).get(), "GET /" + path);
    }

    /** A call that must succeed with 2xx, else it throws. */
    public JsonNode expectSuccess(ShopHttp.Answer answer, String what) {
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
                .put(http.json(body)), what), what);
    }

    public JsonNode post(String path, Object body) {
        String what = "POST /" + path;
        return expectSuccess(execute(new Request.Builder().url(api.newBuilder().addPathSegments(path).build())
                .post(http.json(body)), what), what);
    }

    private ShopHttp.Answer execute(Request.Builder request, String what) {
        return http.send(request.header("Authorization", authorization).build(), what);
    }

    private static ShopCallException failure(ShopHttp.Answer answer, String what) {
        return new ShopCallException(what + " answered " + answer.status() + errorCode(answer.body()), false,
                answer.status(), null);
    }

    /** WooCommerce's machine-readable error code ({@code woocommerce_rest_cannot_edit}), which names no secret. */
    public static String errorCode(JsonNode body) {
        JsonNode code = body == null || !body.isObject() ? null : body.get("code");
        return code != null && code.isString() ? " (" + code.asString() + ")" : "";
    }
}
