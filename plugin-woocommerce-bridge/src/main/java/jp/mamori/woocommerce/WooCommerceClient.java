package jp.mamori.woocommerce;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import jp.mamori.connector.shophttp.ShopCallException;
import jp.mamori.connector.shophttp.ShopCallGuard;
import jp.mamori.connector.shophttp.ShopHttp;
import jp.mamori.woocommerce.ConnectionCheck.Diagnosis;
import jp.mamori.woocommerce.internal.WooRestApi;
import tools.jackson.databind.JsonNode;

/**
 * One shop's WooCommerce REST API (v3), as the write-back and {@code doctor} need it. Each shop has its
 * own HTTP client, its own retry policy and its own circuit breaker, so one shop on a failing host
 * slows nobody else. Every call is retried with exponential backoff and jitter while the failure is
 * one a retry can fix, waiting what {@code Retry-After} asks on 429 and 503; permanent failures (401,
 * 404…) are never retried and never count against the breaker, because the shop itself is up.
 */
public final class WooCommerceClient {

    private final WooRestApi http;
    private final ShopCallGuard guard;

    public WooCommerceClient(ShopSettings settings) {
        this.http = new WooRestApi(settings.baseUrl(), settings.credentials(), settings.http(), Clock.systemUTC());
        this.guard = new ShopCallGuard("woocommerce", settings.shopId(), settings.http());
    }

    /**
     * Sets the order's status (unless {@code status} is null) and meta in one {@code PUT}. Setting the same
     * values twice changes nothing, so this is safe to repeat; WooCommerce answers with an
     * {@code order.updated} delivery carrying the meta, which the {@link ScreeningFilter} recognises.
     */
    public void updateOrder(long orderId, String status, Map<String, String> meta) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (status != null) {
            body.put("status", status);
        }
        List<Map<String, String>> metaData = new ArrayList<>();
        meta.forEach((key, value) -> metaData.add(Map.of("key", key, "value", value)));
        body.put("meta_data", metaData);
        guard.call(() -> http.put("orders/" + orderId, body));
    }

    /**
     * Adds a private note unless a note containing {@code marker} is already on the order, and says
     * whether it added one. The check is made before every attempt, except the first when the caller
     * knows no such note can exist yet ({@code mayExist} false: the marker names a screening made just
     * now); after a failed attempt it is always made: a POST that timed out may well have been saved,
     * and its retry must then find it instead of writing it twice.
     */
    public boolean addNoteOnce(long orderId, String marker, String note, boolean mayExist) {
        AtomicBoolean check = new AtomicBoolean(mayExist);
        return guard.call(() -> {
            if (check.getAndSet(true) && noteTexts(orderId).stream().anyMatch(text -> text.contains(marker))) {
                return false;
            }
            http.post("orders/" + orderId + "/notes", Map.of("note", note, "customer_note", false));
            return true;
        });
    }

    private List<String> noteTexts(long orderId) {
        String what = "GET /orders/" + orderId + "/notes";
        JsonNode notes = http.expectSuccess(http.get("orders/" + orderId + "/notes", "type", "internal"), what);
        if (!notes.isArray()) {
            throw new ShopCallException(what + " did not answer a list: not the WooCommerce REST API", false, 200, null);
        }
        return notes.valueStream()
                .map(note -> note.get("note"))
                .filter(text -> text != null && text.isString())
                .map(JsonNode::asString)
                .toList();
    }

    /**
     * {@code doctor}: one plain {@code GET /orders?per_page=1}, no retry and no breaker, because the
     * point is to see the shop as it is right now. A key that may read orders but not write them
     * still shows OK here; the first write-back then fails with 401 as a permanent failure.
     */
    public ConnectionCheck checkConnection() {
        ShopHttp.Answer answer;
        try {
            answer = http.get("orders", "per_page", "1");
        } catch (ShopCallException e) {
            return new ConnectionCheck(Diagnosis.UNREACHABLE, e.httpStatus(), e.getMessage());
        }
        int status = answer.status();
        if (status / 100 == 2) {
            return answer.body() != null && answer.body().isArray()
                    ? new ConnectionCheck(Diagnosis.OK, status, "the REST API answered with orders")
                    : new ConnectionCheck(Diagnosis.NOT_WOOCOMMERCE, status,
                            "answered without a list of orders: is the base URL the WordPress site?");
        }
        if (status == 401 || status == 403) {
            return new ConnectionCheck(Diagnosis.BAD_CREDENTIALS, status, "WooCommerce refused the consumer key"
                    + WooRestApi.errorCode(answer.body()) + ": check the key, its secret and its permissions");
        }
        if (status / 100 == 3) {
            return new ConnectionCheck(Diagnosis.NOT_WOOCOMMERCE, status,
                    "the base URL redirects: use the final address (https, with or without www)");
        }
        return new ConnectionCheck(Diagnosis.NOT_WOOCOMMERCE, status, "no WooCommerce REST API v3 here"
                + WooRestApi.errorCode(answer.body()) + ": is WooCommerce active and are permalinks enabled?");
    }

    /** This shop's breaker, for metrics and for the admin's view of the shop. */
    public CircuitBreaker circuitBreaker() {
        return guard.circuitBreaker();
    }

    /** This shop's retry, whose events say how long each wait was. */
    public Retry retry() {
        return guard.retry();
    }
}
