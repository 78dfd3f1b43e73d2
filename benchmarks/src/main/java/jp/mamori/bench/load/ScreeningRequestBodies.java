package jp.mamori.bench.load;

import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies for {@code POST /v1/screenings}: a typical Japanese card order. Each request has its own
 * order id; buyers repeat over a {@link BuyerPool}, so the gateway's velocity and history state
 * grows the way a real shop's does. No value holds a run of 13 or more digits.
 */
public final class ScreeningRequestBodies {

    /** Distinct buyers; at 500 req/s each one comes back every 20 s. */
    public static final int BUYER_POOL = 10_000;

    private static final String USER_AGENT = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private static final long PRICE_YEN = 12_800;

    private final JsonMapper json = JsonMapper.builder().build();
    private final BuyerPool buyers = new BuyerPool(BUYER_POOL);
    private final String runId;

    /** {@code runId} keeps order ids unique across runs against the same gateway. */
    public ScreeningRequestBodies(String runId) {
        this.runId = runId;
    }

    public static ScreeningRequestBodies forNewRun() {
        return new ScreeningRequestBodies(Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36));
    }

    /** The body of the {@code sequence}-th request of this run. */
    public byte[] body(long sequence) {
        return json.writeValueAsBytes(order(sequence));
    }

    /**
     * The {@code sequence}-th request as an authorization: the same order with {@code deadline_ms} and the PSP's
     * reference to the payment (16 digits, as an Adyen {@code pspReference}; the card-number guard must let it be).
     */
    public byte[] authorizationBody(long sequence, int deadlineMs) {
        ObjectNode order = order(sequence);
        order.put("deadline_ms", deadlineMs);
        ((ObjectNode) order.get("payment")).putObject("psp")
                .put("provider", "adyen").put("reference", String.format("%016d", 8_815_329_842_815_467L + sequence));
        return json.writeValueAsBytes(order);
    }

    private ObjectNode order(long sequence) {
        int buyer = buyers.buyerOf(sequence);
        ObjectNode order = json.createObjectNode();
        // Underscores, unlike hyphens, end a digit run for the gateway's card number guard.
        order.put("order_id", "bench_" + runId + "_" + sequence);
        order.putObject("amount").put("value", PRICE_YEN).put("currency", "JPY");

        ObjectNode buyerNode = order.putObject("buyer");
        buyerNode.putObject("name")
                .put("family", "山田").put("given", "太郎")
                .put("family_kana", "ヤマダ").put("given_kana", "タロウ");
        buyerNode.put("email", buyers.email(buyer));
        buyerNode.put("phone", buyers.phone(buyer));

        order.putObject("billing_address")
                .put("country", "JP").put("postal_code", "150-0001")
                .put("region", "東京都").put("locality", "渋谷区")
                .put("line1", "神宮前1-2-3").put("line2", "表参道ハイツ101");

        order.putArray("items").addObject()
                .put("sku", "MATCHA-100G").put("name", "有機抹茶 100g")
                .put("quantity", 1).put("unit_price", PRICE_YEN).put("first_purchase_only", false);

        order.putObject("payment").put("method", "card").putObject("card")
                .put("bin", "411111").put("last4", "1111")
                .put("fingerprint", buyers.cardFingerprint(buyer))
                .put("issuer_country", "JP");

        order.putObject("device")
                .put("ip", buyers.ip(buyer))
                .put("user_agent", USER_AGENT)
                .put("accept_language", "ja-JP,ja;q=0.9")
                .put("timezone", "Asia/Tokyo")
                .put("cookie_id", buyers.cookieId(buyer));
        return order;
    }
}
