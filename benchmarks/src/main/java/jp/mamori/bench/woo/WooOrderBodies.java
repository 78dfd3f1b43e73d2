package jp.mamori.bench.woo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.mamori.bench.load.BuyerPool;

/**
 * {@code order.created} bodies as WooCommerce sends them: the gateway's own fixture of a Tokyo order,
 * byte for byte in PHP {@code json_encode} style ({@code \u5c71} escapes, {@code \/} slashes), with
 * the order id, the buyer's email, phone, IP, cookie and customer id, and the creation time
 * replaced. Order {@code n} is placed by buyer {@code n} of a {@link BuyerPool} of the largest size,
 * so at the default rates no buyer orders twice in a run and velocity rules do not pile up.
 */
public final class WooOrderBodies {

    static final String TEMPLATE = "/woocommerce/order-created-tokyo.json";

    private static final DateTimeFormatter WOO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** What a body says about one order, beyond the template. */
    private record Order(long id, int buyer, Instant placed) {
    }

    private final BuyerPool buyers = new BuyerPool(BuyerPool.MAX_SIZE);
    private final Clock clock;
    /** The template cut at every value replaced: literal text, or how to write the value for one order. */
    private final List<Function<Order, String>> parts = new ArrayList<>();

    public WooOrderBodies(Clock clock) {
        this.clock = clock;
        Map<String, Function<Order, String>> replaced = new LinkedHashMap<>();
        replaced.put("5123", order -> Long.toString(order.id()));
        replaced.put("taro.yamada@example.jp", order -> buyers.email(order.buyer()));
        replaced.put("090-1234-5678", order -> buyers.phone(order.buyer()));
        replaced.put("203.0.113.45", order -> buyers.ip(order.buyer()));
        replaced.put("c1d2e3f4-5a6b-4c7d-8e9f-a0b1c2d3e4f5", order -> buyers.cookieId(order.buyer()));
        replaced.put("\"customer_id\":42", order -> "\"customer_id\":" + customerId(order));
        replaced.put("customers\\/42", order -> "customers\\/" + customerId(order));
        replaced.put("2026-05-14T21:04:05", order -> WOO_TIME.format(order.placed().atZone(TOKYO)));
        replaced.put("2026-05-14T12:04:05", order -> WOO_TIME.format(order.placed().atOffset(ZoneOffset.UTC)));
        cut(template(), replaced);
    }

    /** The body of order {@code orderId} (1 or more), placed now. */
    public byte[] body(long orderId) {
        Order order = new Order(orderId, buyers.buyerOf(orderId - 1), clock.instant());
        StringBuilder body = new StringBuilder(4096);
        for (Function<Order, String> part : parts) {
            body.append(part.apply(order));
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long customerId(Order order) {
        return 1000L + order.buyer();
    }

    private void cut(String template, Map<String, Function<Order, String>> replaced) {
        Pattern values = Pattern.compile(replaced.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")));
        Matcher m = values.matcher(template);
        int from = 0;
        while (m.find()) {
            String literal = template.substring(from, m.start());
            parts.add(order -> literal);
            parts.add(replaced.get(m.group()));
            from = m.end();
        }
        String rest = template.substring(from);
        parts.add(order -> rest);
    }

    private static String template() {
        try (InputStream in = WooOrderBodies.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
