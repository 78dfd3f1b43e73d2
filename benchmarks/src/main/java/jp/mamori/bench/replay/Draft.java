package jp.mamori.bench.replay;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One order being made up, turned into the exact body of {@code POST /v1/screenings} at the end. */
final class Draft {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    /** Whom an order ships to. */
    record Shipment(String family, String given, String familyKana, String givenKana, String phone, Places.Address address) {
    }

    /** An address outside Japan, written as the buyer wrote it. */
    record ForeignAddress(String country, String postalCode, String region, String locality, String line1, String line2) {
    }

    record Line(Catalog.Product product, int quantity) {
    }

    final ReplayLabel label;
    final String merchant;
    ZonedDateTime at;
    String orderId;

    String family;
    String given;
    String familyKana;
    String givenKana;
    String email;
    String phone;
    String customerId;
    Boolean isNewCustomer;
    Places.Address billing;
    ForeignAddress foreignBilling;
    final List<Shipment> shipping = new ArrayList<>();
    final List<Line> items = new ArrayList<>();
    String method;
    Identities.Card card;
    String transStatus;
    String eci;
    String ip;
    String ipCountry;
    String userAgent;
    String acceptLanguage;
    String timezone;
    String cookie;
    String affiliate;

    Draft(ReplayLabel label, String merchant, ZonedDateTime at) {
        this.label = label;
        this.merchant = merchant;
        this.at = at;
    }

    void add(Catalog.Product product, int quantity) {
        items.add(new Line(product, quantity));
    }

    boolean shipsAnything() {
        return items.stream().anyMatch(l -> !l.product().digital());
    }

    int amount() {
        int subtotal = items.stream().mapToInt(l -> l.product().price() * l.quantity()).sum();
        return subtotal + Catalog.shippingFee(merchant, subtotal, shipsAnything());
    }

    ObjectNode toJson(JsonMapper json) {
        ObjectNode r = json.createObjectNode();
        r.put("order_id", orderId);
        r.put("ordered_at", TIMESTAMP.format(at));
        ObjectNode amount = r.putObject("amount");
        amount.put("value", amount());
        amount.put("currency", "JPY");
        ObjectNode buyer = r.putObject("buyer");
        name(buyer.putObject("name"), family, given, familyKana, givenKana);
        putIf(buyer, "email", email);
        putIf(buyer, "phone", phone);
        putIf(buyer, "customer_id", customerId);
        if (isNewCustomer != null) {
            buyer.put("is_new_customer", isNewCustomer);
        }
        if (foreignBilling != null) {
            ObjectNode a = r.putObject("billing_address");
            a.put("country", foreignBilling.country());
            putIf(a, "postal_code", foreignBilling.postalCode());
            putIf(a, "region", foreignBilling.region());
            putIf(a, "locality", foreignBilling.locality());
            putIf(a, "line1", foreignBilling.line1());
            putIf(a, "line2", foreignBilling.line2());
        } else if (billing != null) {
            address(r.putObject("billing_address"), billing);
        }
        if (!shipping.isEmpty()) {
            ArrayNode ships = r.putArray("shipping");
            for (Shipment s : shipping) {
                ObjectNode ship = ships.addObject();
                name(ship.putObject("name"), s.family(), s.given(), s.familyKana(), s.givenKana());
                putIf(ship, "phone", s.phone());
                address(ship.putObject("address"), s.address());
            }
        }
        ArrayNode lines = r.putArray("items");
        for (Line l : items) {
            ObjectNode item = lines.addObject();
            item.put("sku", l.product().sku());
            item.put("name", l.product().name());
            item.put("quantity", l.quantity());
            item.put("unit_price", l.product().price());
            if (l.product().firstPurchaseOnly()) {
                item.put("first_purchase_only", true);
            }
        }
        ObjectNode payment = r.putObject("payment");
        payment.put("method", method);
        if (card != null) {
            ObjectNode c = payment.putObject("card");
            c.put("bin", card.bin());
            c.put("last4", card.last4());
            c.put("fingerprint", card.fingerprint());
            c.put("issuer_country", card.issuerCountry());
            if (transStatus != null) {
                ObjectNode t = payment.putObject("three_ds");
                t.put("trans_status", transStatus);
                putIf(t, "eci", eci);
            }
        }
        ObjectNode device = r.putObject("device");
        putIf(device, "ip", ip);
        putIf(device, "ip_country", ipCountry);
        putIf(device, "user_agent", userAgent);
        putIf(device, "accept_language", acceptLanguage);
        putIf(device, "timezone", timezone);
        putIf(device, "cookie_id", cookie);
        if (affiliate != null) {
            r.putObject("affiliate").put("id", affiliate);
        }
        return r;
    }

    static void name(ObjectNode n, String family, String given, String familyKana, String givenKana) {
        putIf(n, "family", family);
        putIf(n, "given", given);
        putIf(n, "family_kana", familyKana);
        putIf(n, "given_kana", givenKana);
    }

    static void address(ObjectNode a, Places.Address address) {
        a.put("country", "JP");
        a.put("postal_code", address.postalCode());
        a.put("region", address.region());
        a.put("locality", address.locality());
        a.put("line1", address.line1());
        if (!address.line2().isEmpty()) {
            a.put("line2", address.line2());
        }
    }

    private static void putIf(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }
}
