package jp.mamori.gateway.eccube;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An EC-CUBE 4.2 shop with Api42 and (optionally) Mamori42, as far as Mamori sees it, behind WireMock:
 * {@code POST /token} (league/oauth2-server: codes used once, refresh tokens rotated and the old one
 * revoked, access tokens expiring), and {@code POST /api} answering {@code order(id:)}, {@code orders(…)},
 * the Mutation introspection and {@code updateOrderScreening} with Mamori42's rules (one memo entry per
 * screening id, hold 1/6 → 4). Tests change the shop's orders the way shoppers and clerks would.
 */
final class FakeEcCube implements ResponseTransformerV2 {

    static final String NAME = "fake-ec-cube";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter ATOM = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /** One call of {@code updateOrderScreening} as the shop took it. */
    record WriteBack(long orderId, String screeningId, String decision, int score, boolean hold, String outcome,
                     boolean memoAppended) {
    }

    private final Map<Long, ObjectNode> orders = new ConcurrentHashMap<>();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> codes = ConcurrentHashMap.newKeySet();
    private final List<WriteBack> writeBacks = new CopyOnWriteArrayList<>();
    private final Map<Long, List<String>> memo = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final List<String> tokenGrants = new CopyOnWriteArrayList<>();
    private final List<String> authorizeRequests = new CopyOnWriteArrayList<>();
    private volatile boolean mamori42 = true;
    private volatile boolean refuseRefresh;
    private volatile long expiresIn = 3600;
    private volatile Long firstExpiresIn;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    // ---- what a test does to the shop ----

    /** A checked-out order from a fixture, under {@code id}, in {@code status}, updated now. */
    FakeEcCube order(long id, String fixture, int status) {
        ObjectNode order = (ObjectNode) fixture(fixture).deepCopy();
        order.put("id", Long.toString(id));
        order.put("order_no", Long.toString(id));
        orders.put(id, order);
        return status(id, status);
    }

    /** A cart the shopper is checking out: status 8, no order date yet. */
    FakeEcCube checkoutStarted(long id, String fixture) {
        order(id, fixture, 8);
        orders.get(id).putNull("order_date");
        return this;
    }

    /** The shopper completed checkout, or a clerk changed the status. */
    FakeEcCube status(long id, int status) {
        ObjectNode order = orders.get(id);
        ((ObjectNode) order.get("OrderStatus")).put("id", Integer.toString(status));
        if (status != 8 && order.get("order_date").isNull()) {
            order.put("order_date", ATOM.format(OffsetDateTime.now(ZoneOffset.ofHours(9))));
        }
        return touch(id);
    }

    FakeEcCube touch(long id) {
        orders.get(id).put("update_date", ATOM.format(OffsetDateTime.now(ZoneOffset.ofHours(9))));
        return this;
    }

    /** The order was placed, and last changed, {@code ago} before now: before Mamori knew the shop. */
    FakeEcCube placedAgo(long id, java.time.Duration ago) {
        String then = ATOM.format(OffsetDateTime.now(ZoneOffset.ofHours(9)).minus(ago));
        orders.get(id).put("order_date", then);
        orders.get(id).put("update_date", then);
        return this;
    }

    /** The order's buyer, a member, completed another order since: EC-CUBE counts it in their buy_times. */
    FakeEcCube memberBoughtAgain(long id) {
        ObjectNode customer = (ObjectNode) orders.get(id).get("Customer");
        customer.put("buy_times", customer.get("buy_times").asInt() + 1);
        return this;
    }

    int status(long id) {
        return Integer.parseInt(orders.get(id).get("OrderStatus").get("id").asString());
    }

    String issueCode() {
        String code = "def50200" + issued.incrementAndGet();
        codes.add(code);
        return code;
    }

    /** A refresh token the shop administrator obtained by hand. */
    String issueRefreshToken() {
        String token = "rt-manual-" + issued.incrementAndGet();
        refreshTokens.add(token);
        return token;
    }

    void expireAccessTokens() {
        accessTokens.replaceAll((token, expiry) -> Instant.EPOCH);
    }

    void revokeEverything() {
        accessTokens.clear();
        refreshTokens.clear();
    }

    void refuseRefresh(boolean refuse) {
        this.refuseRefresh = refuse;
    }

    void mamori42(boolean installed) {
        this.mamori42 = installed;
    }

    /** Access tokens issued from now last this long; {@code first} only for the next one. */
    void expiresIn(long seconds, Long first) {
        this.expiresIn = seconds;
        this.firstExpiresIn = first;
    }

    List<WriteBack> writeBacks() {
        return writeBacks;
    }

    List<WriteBack> writeBacks(long orderId) {
        return writeBacks.stream().filter(w -> w.orderId() == orderId).toList();
    }

    /** The screening ids whose entry is in the order's shop memo, in order. */
    List<String> memo(long orderId) {
        return memo.getOrDefault(orderId, List.of());
    }

    List<String> tokenGrants() {
        return tokenGrants;
    }

    // ---- the shop ----

    @Override
    public Response transform(Response response, ServeEvent event) {
        String url = event.getRequest().getUrl();
        if (url.startsWith("/admin/authorize")) {
            return authorize(response, event);
        }
        if (url.startsWith("/token")) {
            return token(response, event.getRequest().getBodyAsString());
        }
        String authorization = event.getRequest().getHeader("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
        Instant expiry = accessTokens.get(token);
        if (expiry == null || !expiry.isAfter(Instant.now())) {
            return answer(response, 401, Map.of("error", "access_denied", "message", "The resource owner or authorization server denied the request."));
        }
        JsonNode request = JSON.readTree(event.getRequest().getBodyAsString());
        String query = request.path("query").asString();
        JsonNode variables = request.path("variables");
        if (query.contains("__type")) {
            List<Map<String, String>> fields = new ArrayList<>(List.of(Map.of("name", "updateProductStock"), Map.of("name", "updateShipped")));
            if (mamori42) {
                fields.add(Map.of("name", "updateOrderScreening"));
            }
            return data(response, Map.of("__type", Map.of("fields", fields)));
        }
        if (query.contains("updateOrderScreening")) {
            return updateOrderScreening(response, variables);
        }
        if (query.contains("orders(")) {
            return orders(response, variables);
        }
        if (query.contains("order(id")) {
            long id = Long.parseLong(variables.path("id").asString());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("order", orders.get(id));
            return data(response, data);
        }
        return answer(response, 200, Map.of("errors", List.of(Map.of("message", "unexpected query"))));
    }

    /** The shop administrator, logged in, clicks 許可 (allow): back to Mamori with a code and the state. */
    private Response authorize(Response response, ServeEvent event) {
        String redirect = event.getRequest().queryParameter("redirect_uri").firstValue();
        String state = event.getRequest().queryParameter("state").firstValue();
        if (!"code".equals(event.getRequest().queryParameter("response_type").firstValue())
                || !"read write".equals(event.getRequest().queryParameter("scope").firstValue())) {
            return answer(response, 400, Map.of("error", "invalid_request"));
        }
        authorizeRequests.add(event.getRequest().getUrl());
        String location = redirect + "?code=" + issueCode() + "&state=" + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8);
        return Response.Builder.like(response).but().status(302)
                .headers(new com.github.tomakehurst.wiremock.http.HttpHeaders(
                        new com.github.tomakehurst.wiremock.http.HttpHeader("Location", location)))
                .body("").build();
    }

    List<String> authorizeRequests() {
        return authorizeRequests;
    }

    private synchronized Response token(Response response, String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        String grant = fields.get("grant_type");
        tokenGrants.add(grant);
        if ("authorization_code".equals(grant)) {
            if (!codes.remove(fields.get("code"))) {
                return answer(response, 400, Map.of("error", "invalid_grant", "error_description", "The authorization code has been revoked"));
            }
        } else if ("refresh_token".equals(grant)) {
            if (refuseRefresh || !refreshTokens.remove(fields.get("refresh_token"))) {
                return answer(response, 400, Map.of("error", "invalid_grant", "error_description", "The refresh token is invalid."));
            }
        } else {
            return answer(response, 400, Map.of("error", "unsupported_grant_type"));
        }
        int n = issued.incrementAndGet();
        String access = "at-" + n;
        String refresh = "rt-" + n;
        Long first = firstExpiresIn;
        long lifetime = first != null ? first : expiresIn;
        firstExpiresIn = null;
        accessTokens.put(access, Instant.now().plusSeconds(lifetime));
        refreshTokens.add(refresh);
        return answer(response, 200, Map.of("token_type", "Bearer", "expires_in", lifetime, "access_token", access,
                "refresh_token", refresh));
    }

    private synchronized Response updateOrderScreening(Response response, JsonNode variables) {
        if (!mamori42) {
            return answer(response, 200, Map.of("errors", List.of(Map.of(
                    "message", "Cannot query field \"updateOrderScreening\" on type \"Mutation\".",
                    "extensions", Map.of("category", "graphql")))));
        }
        long id = Long.parseLong(variables.path("id").asString());
        ObjectNode order = orders.get(id);
        if (order == null) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("updateOrderScreening", null);
            return answer(response, 200, Map.of("errors", List.of(Map.of("message", "id: No Order found;",
                    "extensions", Map.of("category", "Invalid argument"))), "data", data));
        }
        String screeningId = variables.path("screening_id").asString();
        List<String> entries = memo.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>());
        String current = order.path("mamori_screening_id").asString(null);
        String outcome;
        boolean appended = false;
        if (screeningId.equals(current)) {
            outcome = "REPLAYED";
        } else if (entries.contains(screeningId)) {
            outcome = "SUPERSEDED";
        } else {
            outcome = "APPLIED";
            entries.add(screeningId);
            appended = true;
        }
        String hold = "NOT_REQUESTED";
        boolean holdAsked = variables.path("hold").asBoolean(false);
        if (!outcome.equals("SUPERSEDED")) {
            order.put("mamori_screening_id", screeningId);
            order.put("mamori_decision", variables.path("decision").asString());
            if (holdAsked) {
                int status = status(id);
                hold = status == 4 ? "ALREADY_HELD" : (status == 1 || status == 6) ? "HELD" : "NOT_HOLDABLE";
                if (hold.equals("HELD")) {
                    status(id, 4);
                }
            }
            touch(id);
        } else {
            hold = "SKIPPED";
        }
        writeBacks.add(new WriteBack(id, screeningId, variables.path("decision").asString(), variables.path("score").asInt(),
                holdAsked, outcome, appended));
        return data(response, Map.of("updateOrderScreening", Map.of("outcome", outcome, "memo_appended", appended, "hold", hold)));
    }

    private Response orders(Response response, JsonNode variables) {
        Instant since = OffsetDateTime.parse(variables.path("since").asString()).toInstant();
        Instant before = variables.path("before").isString() ? OffsetDateTime.parse(variables.path("before").asString()).toInstant()
                : Instant.MAX;
        List<String> statuses = new ArrayList<>();
        variables.path("status").forEach(s -> statuses.add(s.asString()));
        int page = variables.path("page").asInt(1);
        int limit = variables.path("limit").asInt(50);
        List<ObjectNode> matching = orders.values().stream()
                .filter(o -> !updated(o).isBefore(since) && updated(o).isBefore(before))
                .filter(o -> statuses.isEmpty() ? !Set.of("7", "8").contains(o.get("OrderStatus").get("id").asString())
                        : statuses.contains(o.get("OrderStatus").get("id").asString()))
                // EC-CUBE's admin order: newest update first, then highest id.
                .sorted(Comparator.comparing(FakeEcCube::updated).thenComparing(o -> Long.parseLong(o.get("id").asString()))
                        .reversed())
                .toList();
        int from = Math.min((page - 1) * limit, matching.size());
        int to = Math.min(from + limit, matching.size());
        return data(response, Map.of("orders", Map.of("nodes", matching.subList(from, to), "totalCount", matching.size(),
                "pageInfo", Map.of("hasNextPage", to < matching.size()))));
    }

    private static Instant updated(ObjectNode order) {
        return OffsetDateTime.parse(order.get("update_date").asString()).toInstant();
    }

    private static Response data(Response response, Object data) {
        return answer(response, 200, Map.of("data", data));
    }

    private static Response answer(Response response, int status, Object body) {
        return Response.Builder.like(response).but().status(status)
                .headers(new com.github.tomakehurst.wiremock.http.HttpHeaders(
                        new com.github.tomakehurst.wiremock.http.HttpHeader("Content-Type", "application/json")))
                .body(JSON.writeValueAsString(body)).build();
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = FakeEcCube.class.getResourceAsStream("/eccube/" + name)) {
            return JSON.readTree(in.readAllBytes()).get("data").get("order");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
