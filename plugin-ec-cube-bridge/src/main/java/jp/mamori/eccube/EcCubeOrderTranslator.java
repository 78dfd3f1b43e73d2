package jp.mamori.eccube;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.mamori.connector.Address;
import jp.mamori.connector.Buyer;
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
import jp.mamori.eccube.internal.Municipality;
import jp.mamori.connector.PlatformFields;
import tools.jackson.databind.JsonNode;

/**
 * The second of the adapter's three parts: an EC-CUBE 4 order, as {@link EcCubeClient#order} fetches it,
 * becomes a {@link ScreeningRequest}.
 * <ul>
 * <li>The order id is {@code eccube-<id>}: the database id the webhook names, never {@code order_no},
 * which a shop may renumber; the prefix keeps it apart from orders of other platforms.</li>
 * <li>{@code order_date} (ISO-8601 with the shop's offset, +09:00) is when the order was placed. EC-CUBE
 * sets it when checkout completes, so an order without one cannot be screened.</li>
 * <li>{@code name01} is the family name and {@code name02} the given name, {@code kana01}/{@code kana02}
 * their katakana; {@code company_name} is not a person and stays out of the name.</li>
 * <li>{@code addr01} (市区町村名) is split into locality and line1 where its shape allows; {@code addr02}
 * (番地・ビル名) is line2.</li>
 * <li>Only product lines ({@code OrderItemType} 1) are items: EC-CUBE also lists the delivery fee, the
 * payment charge, discounts and tax as order lines. {@code price} is EC-CUBE's price before tax.</li>
 * <li>A guest has no {@code Customer}: customer id and {@code is_new_customer} unknown (null). A member is
 * new when this order is their first: their {@code first_buy_date} is not before this order's
 * {@code order_date}. EC-CUBE stamps both as the checkout completes (CustomerPurchaseInfoProcessor and
 * OrderUpdateProcessor), each with its own reading of the clock, stored to the second, hence the few
 * seconds allowed between them. {@code buy_times} would say the same at checkout, but it grows with the
 * member's later orders, and the order would then look changed and be screened again when it is next
 * updated (paid, say); it is the answer only when a member has no {@code first_buy_date} (new at 1 or
 * less, since EC-CUBE counts the order itself).</li>
 * </ul>
 * The result passes through {@link ScreeningJson}'s own validation, the one the public API applies,
 * with the fields it reports renamed to EC-CUBE's.
 */
public final class EcCubeOrderTranslator {

    public static final String ORDER_ID_PREFIX = "eccube-";

    private static final String CURRENCY = "JPY";
    private static final long PRODUCT_LINE = 1;
    /** How far apart EC-CUBE's two stamps of one checkout, first_buy_date and order_date, can be. */
    private static final Duration SAME_CHECKOUT = Duration.ofSeconds(10);
    /** Where the translated fields came from, so that errors found by the validation name EC-CUBE's fields. */
    private static final List<Map.Entry<String, String>> ORIGINS = List.of(
            Map.entry("order_id", "id"),
            Map.entry("ordered_at", "order_date"),
            Map.entry("amount.", "payment_total"),
            Map.entry("buyer.name.family_kana", "kana01"),
            Map.entry("buyer.name.given_kana", "kana02"),
            Map.entry("buyer.name.family", "name01"),
            Map.entry("buyer.name.given", "name02"),
            Map.entry("buyer.email", "email"),
            Map.entry("buyer.phone", "phone_number"),
            Map.entry("buyer.customer_id", "Customer.id"),
            Map.entry("billing_address.", ""),
            Map.entry("shipping[", "Shippings["),
            Map.entry("items[", "OrderItems["),
            Map.entry("payment.method", "payment_method"));
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("family_kana", "kana01"), Map.entry("given_kana", "kana02"),
            Map.entry("family", "name01"), Map.entry("given", "name02"), Map.entry("phone", "phone_number"),
            Map.entry("postal_code", "postal_code"), Map.entry("region", "Pref.name"),
            Map.entry("locality", "addr01"), Map.entry("line1", "addr01"), Map.entry("line2", "addr02"),
            Map.entry("sku", "product_code"), Map.entry("name", "product_name"), Map.entry("unit_price", "price"),
            Map.entry("quantity", "quantity"));

    private final ScreeningJson wire;

    public EcCubeOrderTranslator(Clock clock) {
        this.wire = new ScreeningJson(clock);
    }

    /**
     * Translates the {@code order} object of a GraphQL answer. Throws {@link InvalidRequestException} naming
     * EC-CUBE's field when it is not an order or cannot be screened as it is; never with the values.
     */
    public EcCubeOrder translate(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.MALFORMED_JSON,
                    List.of(new FieldError("order", "must be an object")));
        }
        List<FieldError> errors = new ArrayList<>();
        PlatformFields order = new PlatformFields(node, "", errors);
        Long id = order.whole("id", true);
        if (id != null && id <= 0) {
            order.fail("id", "must be a positive whole number");
        }
        PlatformFields status = order.object("OrderStatus", true);
        Long statusId = status == null ? null : status.whole("id", true);
        Instant orderedAt = orderedAt(order);
        BigDecimal total = order.decimal("payment_total", true);
        String paymentMethod = order.text("payment_method");
        PlatformFields customer = order.object("Customer", false);

        ScreeningRequest draft = new ScreeningRequest(
                id == null ? null : ORDER_ID_PREFIX + id,
                orderedAt,
                new Money(total, CURRENCY),
                new Buyer(name(order), order.text("email"), order.text("phone_number"),
                        customer == null ? null : customer.text("id"), isNewCustomer(customer, orderedAt)),
                address(order),
                shipments(order),
                items(order),
                paymentMethod == null ? null : new Payment(paymentMethod, null, null),
                null,
                null);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD, errors);
        }
        ScreeningRequest request = validated(draft);
        return new EcCubeOrder(id, statusId.intValue(), paymentMethod, request, ScreenedContent.of(request));
    }

    private static Instant orderedAt(PlatformFields order) {
        String text = order.text("order_date");
        if (text == null) {
            order.fail("order_date", "is not set: the order has not completed checkout");
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            order.fail("order_date", "must be a date and time with an offset such as 2026-05-14T21:04:05+09:00");
            return null;
        }
    }

    private static Boolean isNewCustomer(PlatformFields customer, Instant orderedAt) {
        if (customer == null) {
            return null;
        }
        String firstBuy = customer.text("first_buy_date");
        if (firstBuy != null) {
            try {
                Instant firstBought = OffsetDateTime.parse(firstBuy).toInstant();
                return orderedAt == null ? null : !firstBought.isBefore(orderedAt.minus(SAME_CHECKOUT));
            } catch (DateTimeParseException e) {
                customer.fail("first_buy_date", "must be a date and time with an offset such as 2026-05-14T21:04:05+09:00");
                return null;
            }
        }
        Long buyTimes = customer.whole("buy_times", false);
        return buyTimes == null ? null : buyTimes <= 1;
    }

    private static PersonName name(PlatformFields person) {
        PersonName name = new PersonName(person.text("name01"), person.text("name02"), person.text("kana01"),
                person.text("kana02"));
        boolean empty = name.family() == null && name.given() == null && name.familyKana() == null && name.givenKana() == null;
        return empty ? null : name;
    }

    private static Address address(PlatformFields place) {
        PlatformFields pref = place.object("Pref", false);
        String addr01 = place.text("addr01");
        String[] municipality = addr01 == null ? new String[] {null, null} : Municipality.split(addr01);
        Address address = new Address("JP", place.text("postal_code"), pref == null ? null : pref.text("name"),
                municipality[0], municipality[1], place.text("addr02"));
        boolean empty = address.postalCode() == null && address.region() == null && address.locality() == null
                && address.line2() == null;
        return empty ? null : address;
    }

    private static List<Shipment> shipments(PlatformFields order) {
        List<Shipment> shipments = new ArrayList<>();
        for (PlatformFields shipping : order.objects("Shippings")) {
            Address address = address(shipping);
            if (address != null) {
                shipments.add(new Shipment(name(shipping), shipping.text("phone_number"), address));
            }
        }
        return shipments;
    }

    private static List<Item> items(PlatformFields order) {
        List<Item> items = new ArrayList<>();
        for (PlatformFields line : order.objects("OrderItems")) {
            PlatformFields type = line.object("OrderItemType", false);
            Long typeId = type == null ? null : type.whole("id", false);
            if (typeId != null && typeId != PRODUCT_LINE) {
                continue;
            }
            Long quantity = line.whole("quantity", true);
            if (quantity != null && (quantity < 1 || quantity > Integer.MAX_VALUE)) {
                line.fail("quantity", "must be at least 1");
                quantity = null;
            }
            items.add(new Item(line.text("product_code"), line.text("product_name"),
                    quantity == null ? 0 : quantity.intValue(), line.decimal("price", false), false));
        }
        return items;
    }

    /**
     * Runs the public API's validation over the translated request (lengths, codes, the card-number guard
     * over every field), renaming the fields it reports to EC-CUBE's.
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

    static String origin(String field) {
        for (Map.Entry<String, String> origin : ORIGINS) {
            String prefix = origin.getKey();
            if (!field.startsWith(prefix)) {
                continue;
            }
            if (!prefix.endsWith(".") && !prefix.endsWith("[")) {
                return origin.getValue();
            }
            if (prefix.equals("amount.")) {
                return origin.getValue();
            }
            String rest = field.substring(prefix.length());
            if (prefix.endsWith("[")) {
                int close = rest.indexOf(']');
                String index = rest.substring(0, close + 1);
                String inner = close + 2 <= rest.length() ? rest.substring(close + 2) : "";
                return origin.getValue() + index + (inner.isEmpty() ? "" : "." + renamed(inner));
            }
            return renamed(rest);
        }
        return field;
    }

    /** The EC-CUBE name of a field inside an address, name, shipment or item ({@code address.line2} → {@code addr02}). */
    private static String renamed(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return RENAMED.getOrDefault(last, path);
    }
}
