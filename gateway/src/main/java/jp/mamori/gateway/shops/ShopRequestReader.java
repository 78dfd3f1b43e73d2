package jp.mamori.gateway.shops;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.connector.FieldError;
import jp.mamori.eccube.EcCubeDeliveryHandler;
import jp.mamori.gateway.web.ApiProblem;
import jp.mamori.woocommerce.WooDeliveryHandler;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Reads the body of {@code PUT /admin/shops/{shop}}, naming every field that is wrong. */
final class ShopRequestReader {

    private static final Set<String> PLATFORMS = Set.of(WooDeliveryHandler.PLATFORM, EcCubeDeliveryHandler.PLATFORM);
    static final String EC_CUBE = EcCubeDeliveryHandler.PLATFORM;
    private static final Set<String> DECISIONS = Set.of("OK", "REVIEW", "NG");
    private static final Set<String> ACTIONS = Set.of("note", "hold", "cancel");
    private static final Set<String> FIELDS = Set.of("platform", "merchant_id", "base_url", "credentials",
            "webhook_secrets", "on_decision", "screen_statuses", "payment_methods", "notes_language", "http", "admin_route");
    private static final Set<String> HTTP_FIELDS = Set.of("timeout_ms", "max_attempts", "initial_backoff_ms", "breaker_open_for_ms");

    private final List<FieldError> errors = new ArrayList<>();

    /** The shop's settings and secrets, or an {@link ApiProblem} 400 listing every bad field. */
    static StoredShopInput read(String shop, JsonNode root, boolean allowInsecure) {
        return new ShopRequestReader().parse(shop, root, allowInsecure);
    }

    record StoredShopInput(ShopConfig config, ShopSecrets secrets) {
    }

    private StoredShopInput parse(String shop, JsonNode root, boolean allowInsecure) {
        root.propertyNames().stream().filter(name -> !FIELDS.contains(name))
                .forEach(name -> errors.add(new FieldError(name, "is not a known field")));
        String platform = text(root, "platform", true);
        if (platform != null && !PLATFORMS.contains(platform)) {
            errors.add(new FieldError("platform", "must be one of " + PLATFORMS));
        }
        String baseUrl = text(root, "base_url", true);
        if (baseUrl != null) {
            try {
                URI uri = URI.create(baseUrl);
                boolean https = "https".equals(uri.getScheme());
                boolean http = "http".equals(uri.getScheme());
                if (uri.getHost() == null || !(https || (http && allowInsecure))) {
                    errors.add(new FieldError("base_url", EC_CUBE.equals(platform)
                            ? "must be an https:// URL: OAuth tokens travel only over HTTPS"
                            : "must be an https:// URL: WooCommerce accepts API keys only over HTTPS"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("base_url", "must be a URL"));
            }
        }
        JsonNode credentials = root.path("credentials");
        boolean ecCube = EC_CUBE.equals(platform);
        String consumerKey = ecCube ? null : text(credentials, "credentials.consumer_key", "consumer_key");
        String consumerSecret = ecCube ? null : text(credentials, "credentials.consumer_secret", "consumer_secret");
        // EC-CUBE: the OAuth client made under 設定 → API管理, and optionally a refresh token obtained by hand.
        String clientId = ecCube ? text(credentials, "credentials.client_id", "client_id") : null;
        String clientSecret = ecCube ? text(credentials, "credentials.client_secret", "client_secret") : null;
        String refreshToken = ecCube ? text(credentials, "credentials.refresh_token", "refresh_token", false) : null;
        String adminRoute = null;
        if (root.has("admin_route")) {
            adminRoute = ecCube ? text(root, "admin_route", false) : null;
            if (!ecCube) {
                errors.add(new FieldError("admin_route", "is for EC-CUBE shops only"));
            } else if (adminRoute != null && !adminRoute.matches("/?[A-Za-z0-9_-]{1,100}/?")) {
                errors.add(new FieldError("admin_route", "must be the admin path of the shop, such as admin"));
            }
        }
        List<String> secrets = texts(root, "webhook_secrets");
        if (secrets.isEmpty()) {
            errors.add(new FieldError("webhook_secrets", "must list at least one secret"));
        }
        Map<String, String> onDecision = new LinkedHashMap<>();
        JsonNode actions = root.path("on_decision");
        if (!actions.isMissingNode() && !actions.isObject()) {
            errors.add(new FieldError("on_decision", "must be an object such as {\"NG\": \"cancel\"}"));
        }
        for (Map.Entry<String, JsonNode> action : actions.isObject() ? actions.properties() : Set.<Map.Entry<String, JsonNode>>of()) {
            String field = "on_decision." + action.getKey();
            if (!DECISIONS.contains(action.getKey())) {
                errors.add(new FieldError(field, "must be OK, REVIEW or NG"));
            } else if (!action.getValue().isString() || !ACTIONS.contains(action.getValue().stringValue())) {
                errors.add(new FieldError(field, "must be one of note, hold, cancel"));
            } else {
                onDecision.put(action.getKey(), action.getValue().stringValue());
            }
        }
        if (ecCube && onDecision.containsValue("cancel")) {
            errors.add(new FieldError("on_decision", "EC-CUBE orders can be held (対応中), not cancelled, by Mamori"));
        }
        if ("cancel".equals(onDecision.get("REVIEW")) || (onDecision.containsKey("OK") && !"note".equals(onDecision.get("OK")))) {
            errors.add(new FieldError("on_decision", "only NG may cancel, and OK only adds a note"));
        }
        List<String> statuses = ecCube ? statusIds(root) : texts(root, "screen_statuses");
        List<String> methods = texts(root, "payment_methods");
        String language = root.has("notes_language") ? text(root, "notes_language", false) : "ja";
        if (language != null && !Set.of("ja", "en").contains(language)) {
            errors.add(new FieldError("notes_language", "must be ja or en"));
        }
        ShopConfig.Http http = http(root.get("http"));
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).detail() : errors.size() + " fields are invalid; see errors",
                    errors);
        }
        List<String> defaultStatuses = ecCube ? List.of("1", "6") : List.of("processing", "on-hold", "pending");
        return new StoredShopInput(
                new ShopConfig(shop, platform, text(root, "merchant_id", true), baseUrl.replaceAll("/+$", ""), onDecision,
                        statuses.isEmpty() ? defaultStatuses : statuses, methods, language, http,
                        ecCube ? (adminRoute == null ? "admin" : adminRoute.replaceAll("^/|/$", "")) : null),
                new ShopSecrets(consumerKey, consumerSecret, secrets, clientId, clientSecret, refreshToken));
    }

    /** EC-CUBE's {@code OrderStatus} ids, as numbers or numeric strings; 8 (購入処理中) is a cart and never screened. */
    private List<String> statusIds(JsonNode root) {
        JsonNode value = root.get("screen_statuses");
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (!value.isArray()) {
            errors.add(new FieldError("screen_statuses", "must be an array of EC-CUBE order status ids, such as [1, 6]"));
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String id = item.isIntegralNumber() ? item.asString() : item.isString() ? item.stringValue().strip() : "";
            if (!id.matches("[1-9][0-9]{0,2}")) {
                errors.add(new FieldError("screen_statuses[" + i + "]", "must be an EC-CUBE order status id"));
            } else if (id.equals("8")) {
                errors.add(new FieldError("screen_statuses[" + i + "]", "8 (購入処理中) is a checkout in progress and is never screened"));
            } else if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private ShopConfig.Http http(JsonNode http) {
        if (http == null || http.isNull()) {
            return null;
        }
        if (!http.isObject()) {
            errors.add(new FieldError("http", "must be an object"));
            return null;
        }
        http.propertyNames().stream().filter(name -> !HTTP_FIELDS.contains(name))
                .forEach(name -> errors.add(new FieldError("http." + name, "is not a known field")));
        return new ShopConfig.Http(positive(http, "timeout_ms", 60_000), positive(http, "max_attempts", 10),
                positive(http, "initial_backoff_ms", 60_000), positive(http, "breaker_open_for_ms", 3_600_000));
    }

    private Integer positive(JsonNode http, String field, int max) {
        JsonNode value = http.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1 || value.intValue() > max) {
            errors.add(new FieldError("http." + field, "must be a whole number from 1 to " + max));
            return null;
        }
        return value.intValue();
    }

    private String text(JsonNode node, String field, boolean required) {
        return text(node, field, field, required);
    }

    private String text(JsonNode node, String path, String field) {
        return text(node, path, field, true);
    }

    private String text(JsonNode node, String path, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new FieldError(path, "is required"));
            }
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank() || value.stringValue().length() > 1000) {
            errors.add(new FieldError(path, "must be a non-empty string"));
            return null;
        }
        return value.stringValue().strip();
    }

    private List<String> texts(JsonNode root, String field) {
        JsonNode value = root.get(field);
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (!value.isArray()) {
            errors.add(new FieldError(field, "must be an array of strings"));
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isString() || item.stringValue().isBlank()) {
                errors.add(new FieldError(field + "[" + i + "]", "must be a non-empty string"));
            } else {
                out.add(item.stringValue());
            }
        }
        return out;
    }
}
