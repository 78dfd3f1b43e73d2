package jp.mamori.connector.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jp.mamori.connector.Address;
import jp.mamori.connector.Affiliate;
import jp.mamori.connector.Buyer;
import jp.mamori.connector.Card;
import jp.mamori.connector.Device;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.Item;
import jp.mamori.connector.Money;
import jp.mamori.connector.Payment;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.Shipment;
import jp.mamori.connector.ThreeDs;
import tools.jackson.databind.JsonNode;

/** Maps the JSON of {@code POST /v1/screenings} onto a {@link ScreeningRequest}, field by field. */
public final class ScreeningRequestReader {

    private static final int TEXT = 256;
    private static final int ID = 128;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> TRANS_STATUSES = Set.of("Y", "N", "U", "A", "C", "R", "I", "D");
    private static final Set<String> CARD_CHECKS = Set.of(Card.MATCH, Card.MISMATCH, Card.NOT_CHECKED);
    private static final Pattern BIN = Pattern.compile("\\d{6,8}");
    private static final Pattern LAST4 = Pattern.compile("\\d{4}");
    private static final Pattern ECI = Pattern.compile("\\d{2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final Clock clock;
    private final Duration futureTolerance;

    public ScreeningRequestReader(Clock clock, Duration futureTolerance) {
        this.clock = clock;
        this.futureTolerance = futureTolerance;
    }

    public ScreeningRequest read(JsonNode root, List<FieldError> errors) {
        JsonFields f = JsonFields.root(root, errors);
        Instant now = clock.instant();
        Instant orderedAt = f.parsed("ordered_at", 64, false, ScreeningRequestReader::timestamp,
                "an RFC 3339 timestamp with an offset, e.g. 2026-11-25T21:04:05+09:00");
        if (orderedAt != null && orderedAt.isAfter(now.plus(futureTolerance))) {
            errors.add(new FieldError("ordered_at",
                    "must not be more than " + futureTolerance.toMinutes() + " minutes in the future"));
        }
        ScreeningRequest request = new ScreeningRequest(
                f.string("order_id", ID, true),
                orderedAt == null ? now : orderedAt,
                f.object("amount", true, ScreeningRequestReader::money),
                f.object("buyer", false, ScreeningRequestReader::buyer),
                f.object("billing_address", false, ScreeningRequestReader::address),
                f.objects("shipping", 20, ScreeningRequestReader::shipment),
                f.objects("items", 500, ScreeningRequestReader::item),
                f.object("payment", false, ScreeningRequestReader::payment),
                f.object("device", false, ScreeningRequestReader::device),
                f.object("affiliate", false, a -> new Affiliate(a.string("id", ID, true))));
        f.refuseUnknown();
        return request;
    }

    private static Instant timestamp(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static Money money(JsonFields f) {
        return new Money(
                f.decimal("value", BigDecimal.ZERO, true),
                f.string("currency", 3, true, ScreeningRequestReader::isCurrency, "an ISO 4217 code such as JPY"));
    }

    private static boolean isCurrency(String code) {
        if (!CURRENCY.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Buyer buyer(JsonFields f) {
        return new Buyer(
                f.object("name", false, ScreeningRequestReader::name),
                f.string("email", 254, false),
                f.string("phone", 32, false),
                f.string("customer_id", ID, false),
                f.bool("is_new_customer"));
    }

    static PersonName name(JsonFields f) {
        return new PersonName(
                f.string("family", TEXT, false),
                f.string("given", TEXT, false),
                f.string("family_kana", TEXT, false),
                f.string("given_kana", TEXT, false));
    }

    static Address address(JsonFields f) {
        return new Address(
                country(f, "country"),
                f.string("postal_code", 16, false),
                f.string("region", TEXT, false),
                f.string("locality", TEXT, false),
                f.string("line1", TEXT, false),
                f.string("line2", TEXT, false));
    }

    private static String country(JsonFields f, String name) {
        return f.string(name, 2, false, COUNTRIES::contains, "an ISO 3166-1 alpha-2 code such as JP");
    }

    private static Shipment shipment(JsonFields f) {
        return new Shipment(
                f.object("name", false, ScreeningRequestReader::name),
                f.string("phone", 32, false),
                f.object("address", false, ScreeningRequestReader::address));
    }

    private static Item item(JsonFields f) {
        Integer quantity = f.integer("quantity", 1, 1_000_000, true);
        Boolean firstPurchaseOnly = f.bool("first_purchase_only");
        return new Item(
                f.string("sku", ID, false),
                f.string("name", TEXT, false),
                quantity == null ? 0 : quantity,
                f.decimal("unit_price", BigDecimal.ZERO, false),
                Boolean.TRUE.equals(firstPurchaseOnly));
    }

    private static Payment payment(JsonFields f) {
        return new Payment(
                f.string("method", 64, false),
                f.object("card", false, ScreeningRequestReader::card),
                f.object("three_ds", false, ScreeningRequestReader::threeDs));
    }

    private static Card card(JsonFields f) {
        return new Card(
                f.string("bin", 8, false, s -> BIN.matcher(s).matches(), "6 to 8 digits"),
                f.string("last4", 4, false, s -> LAST4.matcher(s).matches(), "4 digits"),
                f.string("fingerprint", ID, false),
                country(f, "issuer_country"),
                cardCheck(f, "cvc_result"),
                cardCheck(f, "avs_result"));
    }

    private static String cardCheck(JsonFields f, String name) {
        return f.string(name, 16, false, CARD_CHECKS::contains, "one of match, mismatch, not_checked");
    }

    private static ThreeDs threeDs(JsonFields f) {
        return new ThreeDs(
                f.string("trans_status", 1, false, TRANS_STATUSES::contains, "one of Y, N, U, A, C, R, I, D"),
                f.string("eci", 2, false, s -> ECI.matcher(s).matches(), "2 digits"));
    }

    private static Device device(JsonFields f) {
        return new Device(
                f.string("ip", 45, false, IpLiteral::isValid, "an IPv4 or IPv6 address"),
                country(f, "ip_country"),
                f.string("user_agent", 1024, false),
                f.string("accept_language", TEXT, false),
                f.parsed("timezone", 64, false, ScreeningRequestReader::zone, "an IANA time zone such as Asia/Tokyo"),
                f.string("cookie_id", TEXT, false));
    }

    private static String zone(String text) {
        ZoneId.of(text);
        return text;
    }
}
