package jp.mamori.engine;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the engine remembers of an order besides its identity keys, for the checks that look across orders:
 * the first-purchase-only items it bought, the affiliate it came through, whose own order it was, whether
 * the buyer was new, and the card's BIN, last four digits and the amount. No personal data: the customer
 * account is reduced to "this was affiliate X's own order". The gateway stores it beside the keys in its
 * {@linkplain #encode() text form} and gives it back to {@link ScoringEngine#remember} when it rebuilds state.
 *
 * @param orderId                the merchant's order id, so that a repeated screening of one order never matches itself
 * @param firstPurchaseOnlyItems SKUs (the name when there is none) of the lines marked first-purchase-only
 * @param affiliateId            the affiliate the order came through, or null
 * @param affiliateOwnOrder      the affiliate whose own order this is (the buyer's customer id is the affiliate id), or null
 * @param newBuyer               the buyer is new to the shop, or the shop did not say
 * @param cardBin                the card's BIN as sent, or null
 * @param cardLast4              the card's last four digits, or null
 * @param amountYen              the amount in yen, or -1 when not in yen
 */
public record OrderFacts(
        String orderId,
        List<String> firstPurchaseOnlyItems,
        String affiliateId,
        String affiliateOwnOrder,
        boolean newBuyer,
        String cardBin,
        String cardLast4,
        long amountYen) {

    /** Nothing known beyond the keys: what stored screenings from before these facts existed give. */
    public static final OrderFacts NONE = new OrderFacts(null, List.of(), null, null, false, null, null, -1);

    private static final String VERSION = "1";

    public OrderFacts {
        firstPurchaseOnlyItems = List.copyOf(firstPurchaseOnlyItems);
    }

    /** Whether anything in here outlives velocity's windows: first purchases and affiliates' own orders. */
    public boolean isLongTerm() {
        return !firstPurchaseOnlyItems.isEmpty() || affiliateOwnOrder != null;
    }

    /** A line of URL-encoded {@code name=value} pairs, e.g. {@code v=1&order=A-1&fpo=TRIAL-1&new=1&yen=980}. */
    public String encode() {
        StringBuilder out = new StringBuilder("v=").append(VERSION);
        pair(out, "order", orderId);
        if (!firstPurchaseOnlyItems.isEmpty()) {
            List<String> encoded = new ArrayList<>(firstPurchaseOnlyItems.size());
            for (String item : firstPurchaseOnlyItems) {
                encoded.add(URLEncoder.encode(item, StandardCharsets.UTF_8));
            }
            out.append("&fpo=").append(String.join(",", encoded));
        }
        pair(out, "aff", affiliateId);
        pair(out, "affown", affiliateOwnOrder);
        if (newBuyer) {
            out.append("&new=1");
        }
        pair(out, "bin", cardBin);
        pair(out, "last4", cardLast4);
        if (amountYen >= 0) {
            out.append("&yen=").append(amountYen);
        }
        return out.toString();
    }

    /** Reads {@link #encode()}'s form; names it does not know (from a newer engine) are skipped, null gives {@link #NONE}. */
    public static OrderFacts decode(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String orderId = null;
        List<String> items = new ArrayList<>();
        String affiliate = null;
        String affiliateOwn = null;
        boolean newBuyer = false;
        String bin = null;
        String last4 = null;
        long yen = -1;
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = pair.substring(0, eq);
            String raw = pair.substring(eq + 1);
            switch (name) {
                case "order" -> orderId = decoded(raw);
                case "fpo" -> {
                    for (String item : raw.split(",")) {
                        if (!item.isEmpty()) {
                            items.add(decoded(item));
                        }
                    }
                }
                case "aff" -> affiliate = decoded(raw);
                case "affown" -> affiliateOwn = decoded(raw);
                case "new" -> newBuyer = raw.equals("1");
                case "bin" -> bin = decoded(raw);
                case "last4" -> last4 = decoded(raw);
                case "yen" -> yen = parseLong(raw);
                default -> {
                    // a fact a newer engine wrote: nothing this one can use
                }
            }
        }
        return new OrderFacts(orderId, items, affiliate, affiliateOwn, newBuyer, bin, last4, yen);
    }

    private static void pair(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String decoded(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static long parseLong(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
