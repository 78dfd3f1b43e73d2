package jp.mamori.gateway.scenarios;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON body of one order as a shop posts it to {@code POST /v1/screenings}, built the way the engine's
 * {@code SampleOrders} builds its requests: an ordinary order of two tea items for ¥6,480, shipped to the buyer at
 * the billing address unless a shipment is given. Every test sets its own buyer, address, card and device, so that
 * no two scenarios share an identity key on the one gateway they run against.
 */
final class ScenarioOrder {

    record Name(String family, String given, String familyKana, String givenKana) {
    }

    record Person(Name name, String email, String phone, String customerId, Boolean isNew) {
    }

    record Address(String postalCode, String region, String locality, String line1, String line2) {
    }

    record Item(String sku, String name, int quantity, long unitPrice, boolean firstPurchaseOnly) {
    }

    record Device(String ip, String ipCountry, String userAgent, String acceptLanguage, String timezone, String cookieId) {
    }

    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)";

    static final Item SENCHA = new Item("TEA-SENCHA-100", "静岡県産 深蒸し煎茶 100g", 2, 1620, false);
    static final Item YOKAN = new Item("WAGASHI-YOKAN-5", "本練り羊羹 5本入", 1, 3240, false);
    /** Sold once per customer (お一人様一回限り): the shop's trial offer. */
    static final Item TRIAL_SET = new Item("TRIAL-SENCHA-01", "初回限定 深蒸し煎茶お試しセット", 1, 500, true);

    /** An iPhone on a Japanese mobile line, with this cookie and address. */
    static Device iphoneInJapan(String ip, String cookieId) {
        return new Device(ip, "JP", IPHONE, "ja-JP,ja;q=0.9", "Asia/Tokyo", cookieId);
    }

    private final String orderId;
    private final Instant orderedAt;
    private long yen = 6480;
    private Person buyer;
    private Address billing;
    private Name recipient;
    private String recipientPhone;
    private Address shipTo;
    private List<Item> items = List.of(SENCHA, YOKAN);
    private String paymentMethod = "card";
    private String[] card;
    private Device device;
    private String affiliate;

    private ScenarioOrder(String orderId, Instant orderedAt) {
        this.orderId = orderId;
        this.orderedAt = orderedAt;
    }

    static ScenarioOrder order(String orderId, Instant orderedAt) {
        return new ScenarioOrder(orderId, orderedAt);
    }

    ScenarioOrder yen(long yen) {
        this.yen = yen;
        return this;
    }

    ScenarioOrder buyer(Person buyer) {
        this.buyer = buyer;
        return this;
    }

    ScenarioOrder billing(Address billing) {
        this.billing = billing;
        return this;
    }

    /** Ships to someone else instead of to the buyer at the billing address. */
    ScenarioOrder shipTo(Name name, String phone, Address address) {
        this.recipient = name;
        this.recipientPhone = phone;
        this.shipTo = address;
        return this;
    }

    ScenarioOrder items(Item... items) {
        this.items = List.of(items);
        return this;
    }

    /** Paid by card, not (yet) 3-D Secure authenticated. */
    ScenarioOrder card(String bin, String last4, String fingerprint, String issuerCountry) {
        this.paymentMethod = "card";
        this.card = new String[] {bin, last4, fingerprint, issuerCountry};
        return this;
    }

    /** Paid at a convenience store (コンビニ決済): no card. */
    ScenarioOrder konbini() {
        this.paymentMethod = "konbini";
        this.card = null;
        return this;
    }

    ScenarioOrder device(Device device) {
        this.device = device;
        return this;
    }

    ScenarioOrder affiliate(String affiliateId) {
        this.affiliate = affiliateId;
        return this;
    }

    String json() {
        List<String> fields = new ArrayList<>();
        fields.add(field("order_id", orderId));
        fields.add(field("ordered_at", orderedAt.toString()));
        fields.add("\"amount\": {\"value\": " + yen + ", \"currency\": \"JPY\"}");
        fields.add("\"buyer\": " + object(
                buyer.name() == null ? null : "\"name\": " + name(buyer.name()),
                field("email", buyer.email()),
                field("phone", buyer.phone()),
                field("customer_id", buyer.customerId()),
                buyer.isNew() == null ? null : "\"is_new_customer\": " + buyer.isNew()));
        fields.add("\"billing_address\": " + address(billing));
        Name shipName = recipient != null ? recipient : buyer.name();
        String shipPhone = recipient != null ? recipientPhone : buyer.phone();
        Address shipAddress = shipTo != null ? shipTo : billing;
        fields.add("\"shipping\": [" + object("\"name\": " + name(shipName), field("phone", shipPhone),
                "\"address\": " + address(shipAddress)) + "]");
        List<String> lines = new ArrayList<>();
        for (Item item : items) {
            lines.add(object(field("sku", item.sku()), field("name", item.name()), "\"quantity\": " + item.quantity(),
                    "\"unit_price\": " + item.unitPrice(), "\"first_purchase_only\": " + item.firstPurchaseOnly()));
        }
        fields.add("\"items\": [" + String.join(", ", lines) + "]");
        fields.add("\"payment\": " + object(field("method", paymentMethod), card == null ? null
                : "\"card\": " + object(field("bin", card[0]), field("last4", card[1]), field("fingerprint", card[2]),
                        field("issuer_country", card[3]))));
        if (device != null) {
            fields.add("\"device\": " + object(field("ip", device.ip()), field("ip_country", device.ipCountry()),
                    field("user_agent", device.userAgent()), field("accept_language", device.acceptLanguage()),
                    field("timezone", device.timezone()), field("cookie_id", device.cookieId())));
        }
        if (affiliate != null) {
            fields.add("\"affiliate\": " + object(field("id", affiliate)));
        }
        return "{" + String.join(",\n ", fields) + "}";
    }

    private static String name(Name name) {
        return object(field("family", name.family()), field("given", name.given()), field("family_kana", name.familyKana()),
                field("given_kana", name.givenKana()));
    }

    private static String address(Address a) {
        return object(field("country", "JP"), field("postal_code", a.postalCode()), field("region", a.region()),
                field("locality", a.locality()), field("line1", a.line1()), field("line2", a.line2()));
    }

    private static String object(String... members) {
        List<String> present = new ArrayList<>();
        for (String member : members) {
            if (member != null) {
                present.add(member);
            }
        }
        return "{" + String.join(", ", present) + "}";
    }

    /** A string member, or nothing for {@code null}; test data holds no quotes or backslashes. */
    private static String field(String name, String value) {
        return value == null ? null : "\"" + name + "\": \"" + value + "\"";
    }
}
