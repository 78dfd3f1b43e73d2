package jp.mamori.bench.load;

import java.util.List;

/**
 * The buyers a load run orders as: buyer {@code n} always has the same email, phone, IP, card
 * fingerprint and cookie, and no two buyers share one, so the gateway's velocity and history state
 * sees repeat buyers only as often as the pool size makes them come back.
 *
 * <p>No value holds a run of 13 or more digits: the gateway refuses anything that might be a card
 * number, and a run that long might pass the Luhn check by chance.
 */
public final class BuyerPool {

    /** Phones stay distinct up to here: the pair (n mod 9000, n mod 10000) repeats after lcm(9000, 10000). */
    public static final int MAX_SIZE = 90_000;

    private static final List<String> EMAIL_DOMAINS =
            List.of("gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp");
    /** Keeps opaque ids to 12 base-36 characters at most, so they never hold 13 digits in a row. */
    private static final long OPAQUE_ID_MASK = (1L << 60) - 1;

    private final int size;

    public BuyerPool(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a buyer pool holds 1 to " + MAX_SIZE + " buyers, not " + size);
        }
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** Which buyer places the {@code sequence}-th order of a run. */
    public int buyerOf(long sequence) {
        return (int) (sequence % size);
    }

    public String email(int buyer) {
        return "taro.yamada" + buyer + "@" + EMAIL_DOMAINS.get(buyer % EMAIL_DOMAINS.size());
    }

    public String phone(int buyer) {
        return String.format("090-%04d-%04d", 1000 + buyer % 9000, buyer % 10_000);
    }

    /** 126.0.0.0/8 belongs to a Japanese consumer ISP, so the buyer looks domestic. */
    public String ip(int buyer) {
        return "126." + (buyer >> 16 & 0xFF) + "." + (buyer >> 8 & 0xFF) + "." + (buyer & 0xFF);
    }

    public String cardFingerprint(int buyer) {
        return opaqueId("fp_", buyer, 0x9E3779B97F4A7C15L);
    }

    public String cookieId(int buyer) {
        return opaqueId("ck_", buyer, 0xC2B2AE3D27D4EB4FL);
    }

    private static String opaqueId(String prefix, int buyer, long salt) {
        long mixed = (buyer + 1) * salt;
        mixed ^= mixed >>> 31;
        return prefix + Long.toString(mixed & OPAQUE_ID_MASK, 36);
    }
}
