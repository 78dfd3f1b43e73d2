package jp.mamori.psp.gmopg;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.Sha256;
import jp.mamori.psp.PspEvent;
import jp.mamori.psp.PspEvent.Payment;

/**
 * Reads a GMO-PG result notification (結果通知), already decoded by {@link GmoPgForm}, into a {@link PspEvent}. A
 * notification that carries an error code ({@code ErrCode}, with the detailed codes in {@code ErrInfo}) is a payment
 * GMO-PG or the issuer refused: a decline. Anything else is acknowledged and left alone. GMO-PG does not sign the
 * notification, so nothing read here may be more than a decline: never a chargeback, never a fraud report.
 */
public final class GmoPgNotifications {

    public static final String PROVIDER = "gmo-pg";
    private static final DateTimeFormatter TRAN_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final int MAX_FIELD = 255;

    private GmoPgNotifications() {
    }

    /** The shop the notification says it is for: checked against the account before anything is stored. */
    public static String shopId(Map<String, String> form) {
        return field(form, "ShopID");
    }

    /** The event in {@code form}; a 400's error naming {@code OrderID} when the notification names no order. */
    public static PspEvent read(Map<String, String> form) {
        String orderId = field(form, "OrderID");
        if (orderId == null) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD,
                    List.of(new FieldError("OrderID", "is required")));
        }
        String status = field(form, "Status");
        String errCode = field(form, "ErrCode");
        String errInfo = field(form, "ErrInfo");
        // GMO-PG has no event id; a notification sent again is the same notification, field for field, and any field
        // that differs (another attempt's TranDate, say) makes another.
        StringBuilder fields = new StringBuilder();
        new TreeMap<>(form).forEach((name, value) -> fields.append(name).append('=').append(value).append('\n'));
        String eventId = Sha256.hex(fields.toString().getBytes(StandardCharsets.UTF_8));
        if (errCode == null) {
            return new PspEvent.Ignored(PROVIDER, eventId, status == null ? "notification" : status);
        }
        return new PspEvent.Declined(PROVIDER, eventId, eventId,
                Payment.of(orderId, field(form, "AccessID"), field(form, "TranID")),
                tranDate(field(form, "TranDate")), null, amount(form), currency(form), errInfo != null ? errInfo : errCode);
    }

    /** {@code Amount} and {@code Tax} together, as the card was charged; null when either is not a number. */
    private static Long amount(Map<String, String> form) {
        String amount = field(form, "Amount");
        String tax = field(form, "Tax");
        if (amount == null || !amount.matches("\\d{1,15}") || (tax != null && !tax.matches("\\d{1,15}"))) {
            return null;
        }
        return Long.parseLong(amount) + (tax == null ? 0 : Long.parseLong(tax));
    }

    /** GMO-PG writes yen as {@code JPN}, and leaves the field out for a yen-only shop. */
    private static String currency(Map<String, String> form) {
        String currency = field(form, "Currency");
        return currency == null || currency.equals("JPN") || !currency.matches("[A-Z]{3}") ? "JPY" : currency;
    }

    /** {@code TranDate} is Japan's local time, {@code yyyyMMddHHmmss}; null when absent or malformed. */
    private static Instant tranDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, TRAN_DATE).atZone(JAPAN).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String field(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() || value.length() > MAX_FIELD ? null : value.strip();
    }
}
