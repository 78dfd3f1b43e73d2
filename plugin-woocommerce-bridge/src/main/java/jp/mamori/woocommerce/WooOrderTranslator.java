package jp.mamori.woocommerce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.mamori.connector.Address;
import jp.mamori.connector.Affiliate;
import jp.mamori.connector.Buyer;
import jp.mamori.connector.Device;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.Item;
import jp.mamori.connector.Money;
import jp.mamori.connector.Payment;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.ScreenedContent;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.Shipment;
import jp.mamori.woocommerce.internal.Prefectures;
import jp.mamori.connector.PlatformFields;
import tools.jackson.databind.JsonNode;

/**
 * The second of the adapter's three parts: a WooCommerce REST API v3 order, as a webhook delivers it,
 * becomes a {@link ScreeningRequest}.
 * <ul>
 * <li>The order id is {@code woo-<id>}: WooCommerce's post id, never the display {@code number}, which
 * sequential-numbering plugins rewrite; the prefix keeps it apart from orders of other platforms.</li>
 * <li>{@code date_created_gmt} (UTC without an offset, as WooCommerce writes it) is when the order was placed.</li>
 * <li>A guest ({@code customer_id} 0) has no customer id and {@code is_new_customer} unknown (null), and so
 * has a registered customer: WooCommerce's order says nothing reliable about earlier orders (a returning
 * buyer often checks out as a guest, and accounts are created at checkout), so the engine's own history
 * by email, phone and address decides.</li>
 * <li>The prefecture arrives as {@code JP01}–{@code JP47} and goes out as its name.</li>
 * </ul>
 * The result passes through {@link ScreeningJson}'s own validation, the one the public API applies, so
 * a card number typed into an address line is refused here exactly as it would be there.
 */
public final class WooOrderTranslator {

    public static final String ORDER_ID_PREFIX = "woo-";

    private static final Set<String> TRUTHY = Set.of("yes", "1", "true", "on");
    /** Where the translated fields came from, so that errors found by the validation name WooCommerce's fields. */
    private static final List<Map.Entry<String, String>> ORIGINS = List.of(
            Map.entry("order_id", "id"),
            Map.entry("ordered_at", "date_created_gmt"),
            Map.entry("amount.value", "total"),
            Map.entry("amount.currency", "currency"),
            Map.entry("buyer.name.family_kana", "meta_data (family name kana)"),
            Map.entry("buyer.name.given_kana", "meta_data (given name kana)"),
            Map.entry("buyer.name.family", "billing.last_name"),
            Map.entry("buyer.name.given", "billing.first_name"),
            Map.entry("buyer.email", "billing.email"),
            Map.entry("buyer.phone", "billing.phone"),
            Map.entry("buyer.customer_id", "customer_id"),
            Map.entry("billing_address.", "billing."),
            Map.entry("shipping[0].name.family_kana", "meta_data (shipping family name kana)"),
            Map.entry("shipping[0].name.given_kana", "meta_data (shipping given name kana)"),
            Map.entry("shipping[0].name.family", "shipping.last_name"),
            Map.entry("shipping[0].name.given", "shipping.first_name"),
            Map.entry("shipping[0].phone", "shipping.phone"),
            Map.entry("shipping[0].address.", "shipping."),
            Map.entry("items[", "line_items["),
            Map.entry("payment.method", "payment_method"),
            Map.entry("device.ip_country", "meta_data." + OrderMetaKeys.IP_COUNTRY),
            Map.entry("device.ip", "customer_ip_address"),
            Map.entry("device.user_agent", "customer_user_agent"),
            Map.entry("device.accept_language", "meta_data." + OrderMetaKeys.ACCEPT_LANGUAGE),
            Map.entry("device.timezone", "meta_data." + OrderMetaKeys.TIMEZONE),
            Map.entry("device.cookie_id", "meta_data." + OrderMetaKeys.COOKIE_ID),
            Map.entry("affiliate.id", "meta_data." + OrderMetaKeys.AFFILIATE_ID));
    private static final Map<String, String> ADDRESS_ORIGINS = Map.of(
            "postal_code", "postcode", "region", "state", "locality", "city", "line1", "address_1", "line2", "address_2");
    private static final Map<String, String> ITEM_ORIGINS = Map.of("unit_price", "price");

    private final OrderMetaKeys metaKeys;
    private final ScreeningJson wire;

    public WooOrderTranslator(OrderMetaKeys metaKeys, Clock clock) {
        this.metaKeys = metaKeys;
        this.wire = new ScreeningJson(clock);
    }

    /**
     * Translates a delivery's body. Throws {@link InvalidRequestException} naming WooCommerce's field
     * when the body is not JSON, not an order, or cannot be screened as it is; never with the values.
     */
    public WooOrder translate(byte[] body) {
        return translate(wire.readObject(body));
    }

    private WooOrder translate(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        PlatformFields order = new PlatformFields(root, "", errors);
        Map<String, String> meta = meta(order.array("meta_data"));

        Long id = order.whole("id", true);
        if (id != null && id <= 0) {
            order.fail("id", "must be a positive whole number");
        }
        String status = order.requiredText("status");
        Instant orderedAt = orderedAt(order);
        BigDecimal total = order.decimal("total", true);
        String currency = order.requiredText("currency");
        PlatformFields billing = order.object("billing", true);
        PlatformFields shipping = order.object("shipping", false);
        String paymentMethod = order.text("payment_method");
        List<Item> items = items(order);
        Long customerId = order.whole("customer_id", false);

        Buyer buyer = billing == null ? null : new Buyer(
                name(billing, "billing", meta),
                billing.text("email"),
                billing.text("phone"),
                customerId == null || customerId == 0 ? null : Long.toString(customerId),
                null);
        ScreeningRequest draft = new ScreeningRequest(
                id == null ? null : ORDER_ID_PREFIX + id,
                orderedAt,
                new Money(total, currency == null ? null : currency.toUpperCase(Locale.ROOT)),
                buyer,
                billing == null ? null : address(billing),
                shipment(shipping, meta),
                items,
                paymentMethod == null ? null : new Payment(paymentMethod, null, null),
                device(order, meta),
                meta.containsKey(OrderMetaKeys.AFFILIATE_ID) ? new Affiliate(meta.get(OrderMetaKeys.AFFILIATE_ID)) : null);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD, errors);
        }
        ScreeningRequest request = validated(draft);
        return new WooOrder(id, status, paymentMethod, request, ScreenedContent.of(request), stamp(meta));
    }

    private static Instant orderedAt(PlatformFields order) {
        String text = order.requiredText("date_created_gmt");
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            order.fail("date_created_gmt", "must be a date and time such as 2026-05-14T12:04:05");
            return null;
        }
    }

    /** Order meta by key; only text values matter here, and the first of a repeated key wins, as get_meta does. */
    private static Map<String, String> meta(List<JsonNode> entries) {
        Map<String, String> meta = new HashMap<>();
        for (JsonNode entry : entries) {
            JsonNode key = entry.get("key");
            JsonNode value = entry.get("value");
            if (key != null && key.isString() && value != null && (value.isString() || value.isNumber() || value.isBoolean())) {
                String text = value.asString().trim();
                if (!text.isEmpty()) {
                    meta.putIfAbsent(key.asString(), text);
                }
            }
        }
        return meta;
    }

    private PersonName name(PlatformFields address, String kind, Map<String, String> meta) {
        PersonName name = new PersonName(address.text("last_name"), address.text("first_name"),
                kana(metaKeys.familyKanaKeys(), kind, meta), kana(metaKeys.givenKanaKeys(), kind, meta));
        boolean empty = name.family() == null && name.given() == null && name.familyKana() == null && name.givenKana() == null;
        return empty ? null : name;
    }

    private static String kana(List<String> keys, String kind, Map<String, String> meta) {
        return keys.stream()
                .map(key -> meta.get(key.replace("{address}", kind)))
                .filter(value -> value != null)
                .findFirst()
                .orElse(null);
    }

    private static Address address(PlatformFields address) {
        String country = address.text("country");
        String state = address.text("state");
        String region = state;
        if (state != null && "JP".equals(country) && Prefectures.looksLikeCode(state)) {
            region = Prefectures.byCode(state).orElse(null);
            if (region == null) {
                address.fail("state", "must be a prefecture code from JP01 to JP47");
            }
        }
        Address result = new Address(country, address.text("postcode"), region, address.text("city"),
                address.text("address_1"), address.text("address_2"));
        boolean empty = result.country() == null && result.postalCode() == null && result.region() == null
                && result.locality() == null && result.line1() == null && result.line2() == null;
        return empty ? null : result;
    }

    /** The shipping destination, none when the order ships nowhere (WooCommerce then sends only empty strings). */
    private List<Shipment> shipment(PlatformFields shipping, Map<String, String> meta) {
        if (shipping == null) {
            return List.of();
        }
        Address address = address(shipping);
        if (address == null) {
            return List.of();
        }
        return List.of(new Shipment(name(shipping, "shipping", meta), shipping.text("phone"), address));
    }

    private List<Item> items(PlatformFields order) {
        List<Item> items = new ArrayList<>();
        for (PlatformFields line : order.objects("line_items")) {
            Long quantity = line.whole("quantity", true);
            if (quantity != null && (quantity < 1 || quantity > Integer.MAX_VALUE)) {
                line.fail("quantity", "must be at least 1");
                quantity = null;
            }
            String sku = line.text("sku");
            boolean firstPurchaseOnly = (sku != null && metaKeys.firstPurchaseOnlySkus().contains(sku))
                    || isTruthy(meta(line.array("meta_data")).get(metaKeys.firstPurchaseOnlyKey()));
            items.add(new Item(sku, line.text("name"), quantity == null ? 0 : quantity.intValue(),
                    line.decimal("price", false), firstPurchaseOnly));
        }
        return items;
    }

    private static boolean isTruthy(String value) {
        return value != null && TRUTHY.contains(value.toLowerCase(Locale.ROOT));
    }

    private static Device device(PlatformFields order, Map<String, String> meta) {
        Device device = new Device(order.text("customer_ip_address"), meta.get(OrderMetaKeys.IP_COUNTRY),
                order.text("customer_user_agent"), meta.get(OrderMetaKeys.ACCEPT_LANGUAGE),
                meta.get(OrderMetaKeys.TIMEZONE), meta.get(OrderMetaKeys.COOKIE_ID));
        boolean empty = device.ip() == null && device.ipCountry() == null && device.userAgent() == null
                && device.acceptLanguage() == null && device.timezone() == null && device.cookieId() == null;
        return empty ? null : device;
    }

    private static MamoriStamp stamp(Map<String, String> meta) {
        String screeningId = meta.get(MamoriStamp.SCREENING_ID);
        return screeningId == null ? null
                : new MamoriStamp(screeningId, meta.get(MamoriStamp.DECISION), meta.get(MamoriStamp.FINGERPRINT));
    }

    /**
     * Runs the public API's validation over the translated request (lengths, codes, IP literals, and the
     * card-number guard over every field), renaming the fields it reports to WooCommerce's.
     */
    private ScreeningRequest validated(ScreeningRequest draft) {
        try {
            return wire.validate(draft);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(e.kind(), e.errors().stream()
                    .map(error -> new FieldError(origin(error.field()), error.detail()))
                    .toList());
        }
    }

    private static String origin(String field) {
        for (Map.Entry<String, String> origin : ORIGINS) {
            if (field.startsWith(origin.getKey())) {
                String rest = field.substring(origin.getKey().length());
                if (origin.getKey().endsWith(".")) {
                    rest = ADDRESS_ORIGINS.getOrDefault(rest, rest);
                } else if (origin.getKey().equals("items[")) {
                    int dot = rest.indexOf("].");
                    if (dot >= 0) {
                        String name = rest.substring(dot + 2);
                        rest = rest.substring(0, dot + 2) + ITEM_ORIGINS.getOrDefault(name, name);
                    }
                }
                return origin.getValue() + rest;
            }
        }
        return field;
    }
}
