package jp.mamori.eccube;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.mamori.connector.shophttp.ShopCallException;
import jp.mamori.connector.shophttp.ShopHttp;
import jp.mamori.connector.shophttp.ShopHttpPolicy;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/**
 * Connecting Mamori to one EC-CUBE shop through Api42's OAuth2 server (league/oauth2-server): the
 * authorization code grant at {@code /<admin route>/authorize}, where a logged-in shop administrator
 * approves, and {@code POST /token} to exchange the code and to refresh. Api42 offers the scopes
 * {@code read} and {@code write}; Mamori asks for both, since the write-back changes orders.
 * The client secret and the tokens never appear in a message.
 */
public final class EcCubeOAuth {

    private final HttpUrl base;
    private final String adminRoute;
    private final String clientId;
    private final String clientSecret;
    private final URI redirectUri;
    private final ShopHttp http;
    private final Clock clock;

    /** {@code adminRoute}: the shop's admin path ({@code ECCUBE_ADMIN_ROUTE}, "admin" unless renamed for safety). */
    public EcCubeOAuth(URI baseUrl, String adminRoute, String clientId, String clientSecret, URI redirectUri,
            ShopHttpPolicy policy, Clock clock) {
        this.base = HttpUrl.get(baseUrl.toString());
        this.adminRoute = adminRoute;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
        this.http = new ShopHttp(policy, Clock.systemUTC(), body -> "");
        this.clock = clock;
    }

    /** Where to send the shop administrator; {@code state} comes back on the callback and must be checked there. */
    public URI authorizeUrl(String state) {
        return base.newBuilder().addPathSegment(adminRoute).addPathSegment("authorize")
                .addQueryParameter("response_type", "code")
                .addQueryParameter("client_id", clientId)
                .addQueryParameter("redirect_uri", redirectUri.toString())
                .addQueryParameter("scope", "read write")
                .addQueryParameter("state", state)
                .build().uri();
    }

    /** Exchanges the code from the callback for the first tokens. */
    public Tokens exchange(String code) {
        Map<String, String> form = form("authorization_code");
        form.put("redirect_uri", redirectUri.toString());
        form.put("code", code);
        return tokens(form, "POST /token (authorization_code)");
    }

    /**
     * New tokens for a refresh token. league/oauth2-server revokes the refresh token it was given and
     * issues a new one, so the caller must keep the answer. A refusal throws {@link ReauthorizationNeeded}.
     */
    public Tokens refresh(String refreshToken) {
        Map<String, String> form = form("refresh_token");
        form.put("refresh_token", refreshToken);
        return tokens(form, "POST /token (refresh_token)");
    }

    private Map<String, String> form(String grantType) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", grantType);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return form;
    }

    private Tokens tokens(Map<String, String> form, String what) {
        FormBody.Builder formBody = new FormBody.Builder();
        form.forEach(formBody::add);
        ShopHttp.Answer answer = http.send(new Request.Builder().url(base.newBuilder().addPathSegment("token").build())
                .post(formBody.build()).build(), what);
        JsonNode body = answer.body();
        if (answer.status() == 400 || answer.status() == 401) {
            // invalid_grant (a used, revoked or expired code or refresh token) or invalid_client.
            throw new ReauthorizationNeeded(what + " was refused" + errorCode(body) + ": connect the shop again",
                    answer.status());
        }
        if (answer.status() != 200 || body == null || !body.path("access_token").isString()
                || !body.path("refresh_token").isString() || !body.path("expires_in").canConvertToLong()) {
            throw new ShopCallException(what + " answered " + answer.status() + " without tokens: not Api42's OAuth server",
                    false, answer.status());
        }
        return new Tokens(body.get("access_token").asString(), body.get("refresh_token").asString(),
                clock.instant().plusSeconds(body.get("expires_in").asLong()));
    }

    private static String errorCode(JsonNode body) {
        JsonNode error = body == null ? null : body.get("error");
        return error != null && error.isString() ? " (" + error.asString() + ")" : "";
    }
}
