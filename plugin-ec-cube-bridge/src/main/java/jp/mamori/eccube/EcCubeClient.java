package jp.mamori.eccube;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import jp.mamori.connector.shophttp.ShopCallException;
import jp.mamori.connector.shophttp.ShopCallGuard;
import jp.mamori.connector.shophttp.ShopHttp;
import jp.mamori.connector.shophttp.ShopHttpPolicy;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/**
 * One shop's Api42 GraphQL endpoint ({@code POST /api}, bearer token), as screening and reconciliation
 * need it. Each shop has its own HTTP client, retry and circuit breaker. Failures a retry can fix are
 * retried with exponential backoff and jitter and count against the breaker; a 401 renews the token
 * once and repeats the call, and a second 401 means the shop must be connected again; other 4xx and
 * GraphQL errors are permanent and never retried.
 */
public final class EcCubeClient {

    /**
     * The fields screening reads. {@code OrderItemType} tells product lines from the delivery fee,
     * charge, discount and tax lines EC-CUBE keeps among the items. Every field is in Api42's default
     * allow list.
     */
    static final String ORDER_FIELDS = "id order_no name01 name02 kana01 kana02 email phone_number postal_code"
            + " Pref { id name } addr01 addr02 company_name payment_method payment_total order_date update_date message"
            + " OrderStatus { id } Customer { id buy_times first_buy_date }"
            + " Shippings { name01 name02 kana01 kana02 phone_number postal_code Pref { name } addr01 addr02 }"
            + " OrderItems { product_code product_name price quantity OrderItemType { id } }";
    static final String ORDER_QUERY = "query Order($id: ID!) { order(id: $id) { " + ORDER_FIELDS + " } }";
    static final String ORDERS_QUERY = "query Orders($status: [String], $since: DateTime, $before: DateTime, $page: Int,"
            + " $limit: Int) { orders(status: $status, update_datetime_start: $since, update_datetime_end: $before,"
            + " page: $page, limit: $limit) {"
            + " nodes { " + ORDER_FIELDS + " } pageInfo { hasNextPage } totalCount } }";
    /** Api42's DateTime scalar: PHP's DATE_ATOM ({@code Y-m-d\TH:i:sP}), written in the shop's zone. */
    private static final DateTimeFormatter ATOM = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    /** One page of {@code orders}: its nodes, whether another page follows, and how many orders match in all. */
    public record OrderPage(List<JsonNode> nodes, boolean hasNextPage, int totalCount) {
    }

    private final HttpUrl api;
    private final TokenKeeper tokens;
    private final ShopHttp http;
    private final ShopCallGuard guard;

    public EcCubeClient(String shopId, URI baseUrl, TokenKeeper tokens, ShopHttpPolicy policy) {
        this.api = HttpUrl.get(baseUrl.toString()).newBuilder().addPathSegment("api").build();
        this.tokens = tokens;
        this.http = new ShopHttp(policy, Clock.systemUTC(), body -> "");
        this.guard = new ShopCallGuard("ec-cube", shopId, policy);
    }

    /** The order with this id, or null when the shop has none (deleted since the webhook). */
    public JsonNode order(long id) {
        JsonNode body = execute(ORDER_QUERY, Map.of("id", Long.toString(id)), "order");
        JsonNode errors = body == null ? null : body.get("errors");
        if (errors != null && errors.isArray() && errors.valueStream()
                .anyMatch(error -> error.path("message").asString("").contains("No Order found"))) {
            return null;
        }
        JsonNode order = data(body, "POST /api (order)").get("order");
        return order == null || order.isNull() ? null : order;
    }

    /**
     * One page of orders updated since {@code since} and before {@code before} (null: no end), newest update
     * first, then highest id (EC-CUBE's admin order). {@code statuses} empty means EC-CUBE's own default,
     * every status but 7 and 8.
     */
    public OrderPage orders(Set<Integer> statuses, Instant since, Instant before, int page, int limit) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("status", statuses.isEmpty() ? null : statuses.stream().sorted().map(String::valueOf).toList());
        variables.put("since", atom(since));
        variables.put("before", before == null ? null : atom(before));
        variables.put("page", page);
        variables.put("limit", limit);
        JsonNode orders = query(ORDERS_QUERY, variables, "orders").get("orders");
        if (orders == null || !orders.path("nodes").isArray() || !orders.path("totalCount").canConvertToInt()) {
            throw new ShopCallException("POST /api (orders) answered without nodes and totalCount: not Api42", false, 200);
        }
        return new OrderPage(orders.get("nodes").valueStream().toList(),
                orders.path("pageInfo").path("hasNextPage").asBoolean(false), orders.get("totalCount").asInt());
    }

    /**
     * Every order in {@code statuses} updated since {@code lastPoll} minus {@code overlap}, each once. The
     * overlap covers clock skew and orders committed while the last poll ran.
     * <p>
     * The list is newest update first and changes while it is read: an order shipped, cancelled or held by
     * Mamori's own write-back leaves it, and numbered pages would then shift up under the reader and skip
     * an order for good (its update is older than this poll, so no later poll reads it). So after the first
     * page, each request asks again for page 1 of the orders updated before the oldest one read, to the
     * second (Api42 writes whole seconds, and the bound excludes itself). The orders of that last second are
     * read again and kept once. Only when a whole page shares one second does the reader step to the next
     * page of the same window. An order updated while the poll runs leaves the window and is read by the
     * next poll.
     */
    public List<JsonNode> ordersUpdatedSince(Instant lastPoll, Duration overlap, Set<Integer> statuses, int pageSize) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        Instant before = null;
        int page = 1;
        OrderPage current;
        do {
            current = orders(statuses, lastPoll.minus(overlap), before, page, pageSize);
            current.nodes().forEach(node -> byId.putIfAbsent(node.path("id").asString(), node));
            if (!current.nodes().isEmpty()) {
                Instant narrower = updatedAt(current.nodes().get(current.nodes().size() - 1)).plusSeconds(1);
                if (before == null || narrower.isBefore(before)) {
                    before = narrower;
                    page = 1;
                } else {
                    page++;
                }
            }
        } while (current.hasNextPage() && !current.nodes().isEmpty());
        return new ArrayList<>(byId.values());
    }

    private static Instant updatedAt(JsonNode order) {
        try {
            return OffsetDateTime.parse(order.path("update_date").asString("")).toInstant();
        } catch (DateTimeParseException e) {
            throw new ShopCallException("POST /api (orders) answered an order without a valid update_date: not Api42", false, 200);
        }
    }

    private static String atom(Instant instant) {
        return ATOM.format(OffsetDateTime.ofInstant(instant, JST));
    }

    /** This shop's breaker, for metrics and for the admin's view of the shop. */
    public CircuitBreaker circuitBreaker() {
        return guard.circuitBreaker();
    }

    /** This shop's retry, whose events say how long each wait was. */
    public Retry retry() {
        return guard.retry();
    }

    /** What {@code updateOrderScreening} answered: {@code APPLIED}, {@code REPLAYED} or {@code SUPERSEDED}, and so on. */
    public record ScreeningUpdate(String outcome, boolean memoAppended, String hold) {
    }

    static final String MUTATION_FIELDS_QUERY = "query MutationFields { __type(name: \"Mutation\") { fields { name } } }";
    static final String UPDATE_ORDER_SCREENING = "mutation UpdateOrderScreening($id: ID!, $screening_id: String!,"
            + " $decision: String!, $score: Int!, $reasons: String, $hold: Boolean) {"
            + " updateOrderScreening(id: $id, screening_id: $screening_id, decision: $decision, score: $score,"
            + " reasons: $reasons, hold: $hold) { outcome memo_appended hold } }";

    /**
     * The names of the shop's GraphQL mutations, by introspection. Api42 has only {@code updateProductStock}
     * and {@code updateShipped}; Mamori42 adds {@code updateOrderScreening}, and hides it again (as deprecated)
     * while it is disabled.
     */
    public List<String> mutationNames() {
        JsonNode type = data(execute(MUTATION_FIELDS_QUERY, Map.of(), "__type"), "POST /api (__type)").get("__type");
        if (type == null || !type.path("fields").isArray()) {
            return List.of();
        }
        return type.get("fields").valueStream().map(field -> field.path("name").asString("")).toList();
    }

    /**
     * Mamori42's write-back. Idempotent per {@code screeningId}: a repeat answers {@code REPLAYED} and adds no
     * second memo entry, so the call is retried like a query. Answers null when the order is gone; throws
     * {@link Mamori42Unavailable} when the plugin is not installed or disabled.
     */
    public ScreeningUpdate updateOrderScreening(long orderId, String screeningId, String decision, int score,
            String reasons, boolean hold) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("id", Long.toString(orderId));
        variables.put("screening_id", screeningId);
        variables.put("decision", decision);
        variables.put("score", score);
        variables.put("reasons", reasons);
        variables.put("hold", hold);
        String what = "POST /api (updateOrderScreening)";
        JsonNode body = execute(UPDATE_ORDER_SCREENING, variables, "updateOrderScreening");
        JsonNode errors = body == null ? null : body.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty()) {
            for (JsonNode error : errors) {
                String message = error.path("message").asString("");
                String category = error.path("extensions").path("category").asString("");
                if (category.equals("Mamori42 disabled") || message.contains("Cannot query field \"updateOrderScreening\"")) {
                    throw new Mamori42Unavailable(what + ": Mamori42 is not installed or not enabled");
                }
                if (message.contains("No Order found")) {
                    return null;
                }
            }
            throw new ShopCallException(what + " answered GraphQL errors: " + summary(errors), false, 200);
        }
        JsonNode result = data(body, what).get("updateOrderScreening");
        if (result == null || !result.path("outcome").isString()) {
            throw new ShopCallException(what + " answered without an outcome: not Mamori42", false, 200);
        }
        return new ScreeningUpdate(result.get("outcome").asString(), result.path("memo_appended").asBoolean(false),
                result.path("hold").asString(""));
    }

    /** Categories and messages of GraphQL errors, which name fields and rules, never tokens or order data. */
    private static String summary(JsonNode errors) {
        StringBuilder out = new StringBuilder();
        for (JsonNode error : errors) {
            if (out.length() > 300) {
                break;
            }
            String category = error.path("extensions").path("category").asString("");
            out.append(out.length() == 0 ? "" : "; ").append(category.isEmpty() ? "" : category + ": ")
                    .append(error.path("message").asString(""));
        }
        return out.length() > 400 ? out.substring(0, 400) : out.toString();
    }

    private JsonNode query(String query, Map<String, Object> variables, String name) {
        return data(execute(query, variables, name), "POST /api (" + name + ")");
    }

    /** One resilient POST to {@code /api}, renewing the token once after a 401; answers the body of a 200. */
    private JsonNode execute(String query, Map<String, Object> variables, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        String what = "POST /api (" + name + ")";
        return guard.call(() -> {
            String token = tokens.accessToken();
            ShopHttp.Answer answer = post(body, token, what);
            if (answer.status() == 401) {
                answer = post(body, tokens.renewAfterRejection(token), what);
                if (answer.status() == 401) {
                    throw tokens.refuse(what + " refused a freshly renewed token: connect the shop again", 401);
                }
            }
            if (answer.status() != 200) {
                throw new ShopCallException(what + " answered " + answer.status(), false, answer.status());
            }
            return answer.body();
        });
    }

    private static JsonNode data(JsonNode body, String what) {
        if (body != null && body.path("errors").isArray() && !body.get("errors").isEmpty()) {
            // A query the shop's schema or allow list refuses, or an argument it cannot parse.
            throw new ShopCallException(what + " answered GraphQL errors: " + summary(body.get("errors")), false, 200);
        }
        if (body == null || !body.path("data").isObject()) {
            throw new ShopCallException(what + " answered without data: not Api42", false, 200);
        }
        return body.get("data");
    }

    private ShopHttp.Answer post(Map<String, Object> body, String token, String what) {
        return http.send(new Request.Builder().url(api).header("Authorization", "Bearer " + token)
                .post(http.json(body)).build(), what);
    }
}
