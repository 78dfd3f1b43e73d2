package jp.mamori.bench.load;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies for {@code POST /v1/screenings}: a typical Japanese card order. Each request has its own
 * order id; buyers repeat over a fixed pool, each with their own email, phone, card fingerprint, IP
 * and cookie, so the gateway's velocity and history state grows the way a real shop's does.
 *
 * <p>No value holds a run of 13 or more digits: the gateway refuses anything that might be a card
 * number, and a run that long might pass the Luhn check by chance.
 */
public final class ScreeningRequestBodies {

    /** Distinct buyers; at 500 req/s each one comes back every 20 s. */
    public static final int BUYER_POOL = 10_000;

    private static final List<String> EMAIL_DOMAINS =
            List.of("gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp");
    private static final String USER_AGENT = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private static final long PRICE_YEN = 12_800;
    /** Keeps opaque ids to 12 base-36 characters at most, so they never hold 13 digits in a row. */
    private static final long OPAQUE_ID_MASK = (1L << 60) - 1;

    private final JsonMapper json = JsonMapper.builder().build();
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
        int buyer = (int) (sequence % BUYER_POOL);
        ObjectNode order = json.createObjectNode();
        // Underscores, unlike hyphens, end a digit run for the gateway's card number guard.
        order.put("order_id", "bench_" + runId + "_" + sequence);
        order.putObject("amount").put("value", PRICE_YEN).put("currency", "JPY");

        ObjectNode buyerNode = order.putObject("buyer");
        buyerNode.putObject("name")
                .put("family", "山田").put("given", "太郎")
                .put("family_kana", "ヤマダ").put("given_kana", "タロウ");
        buyerNode.put("email", "taro.yamada" + buyer + "@" + EMAIL_DOMAINS.get(buyer % EMAIL_DOMAINS.size()));
        buyerNode.put("phone", String.format("090-%04d-%04d", 1000 + buyer % 9000, buyer));

        order.putObject("billing_address")
                .put("country", "JP").put("postal_code", "150-0001")
                .put("region", "東京都").put("locality", "渋谷区")
                .put("line1", "神宮前1-2-3").put("line2", "表参道ハイツ101");

        order.putArray("items").addObject()
                .put("sku", "MATCHA-100G").put("name", "有機抹茶 100g")
                .put("quantity", 1).put("unit_price", PRICE_YEN).put("first_purchase_only", false);

        order.putObject("payment").put("method", "card").putObject("card")
                .put("bin", "411111").put("last4", "1111")
                .put("fingerprint", opaqueId("fp_", buyer, 0x9E3779B97F4A7C15L))
                .put("issuer_country", "JP");

        order.putObject("device")
                // 126.0.0.0/8 belongs to a Japanese consumer ISP, so the buyer looks domestic.
                .put("ip", "126." + (buyer >> 16 & 0xFF) + "." + (buyer >> 8 & 0xFF) + "." + (buyer & 0xFF))
                .put("user_agent", USER_AGENT)
                .put("accept_language", "ja-JP,ja;q=0.9")
                .put("timezone", "Asia/Tokyo")
                .put("cookie_id", opaqueId("ck_", buyer, 0xC2B2AE3D27D4EB4FL));
        return json.writeValueAsBytes(order);
    }

    private static String opaqueId(String prefix, int buyer, long salt) {
        long mixed = (buyer + 1) * salt;
        mixed ^= mixed >>> 31;
        return prefix + Long.toString(mixed & OPAQUE_ID_MASK, 36);
    }
}
