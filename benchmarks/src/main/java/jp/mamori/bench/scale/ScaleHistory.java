package jp.mamori.bench.scale;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.state.NegativeList;

/**
 * Thirty days of screening history for a multi-merchant gateway, the same for a given seed, played in
 * {@code ordered_at} order the way the gateway replays its history at start ({@code ScoringEngine.remember}).
 * Each event is one stored screening: its merchant, its identity keys in the order {@code IdentityKeys}
 * gives them (email, the buyer's phone / address / name+address / kana+phone, a gift recipient's, card,
 * device, IP) and its time.
 *
 * <h2>Who orders</h2>
 * {@value #MERCHANTS} merchants of Zipf-distributed size (s = 1: the largest takes about 12 % of orders).
 * {@value #BUYERS} buyers: 85 % of orders come from any of them (about two orders a month each at ten
 * million events), 15 % from the first {@value #REGULARS} (regulars, about fifteen more). A buyer shops at
 * one to three merchants, keeps one email (5 % of orders use a second), one or two cards, one to three
 * devices; a fifth of buyers share a household address with another buyer. 72 % of orders carry a card,
 * 90 % a device cookie, 90 % furigana; 10 % are gifts to one of two recipients of the buyer's.
 * IPs: half from the household's line, 45 % from {@value #MOBILE_IPS} shared mobile-carrier addresses
 * picked Zipf-wise (the hot keys, the busiest seeing tens of thousands of events at a large merchant), 5 %
 * one-off. Hot addresses: 0.3 % of orders ship to one of 100 forwarding / dormitory addresses. Card
 * testing: 0.05 % of orders come from 20 devices behind 200 proxy IPs, each with a fresh card.
 *
 * <h2>Benchmark buyers</h2>
 * The {@linkplain Seed seeds} are the benchmark's buyers with their real identity keys: half of them are
 * regulars, half occasional buyers, and they appear in the history under those keys (and the carrier IPs
 * they use are the busiest of the mobile pool), so a screening of their orders reads state that exists.
 * Identity keys of everyone else are random 64-hex strings, which is what HMAC-SHA256 output looks like.
 */
public final class ScaleHistory {

    public static final int MERCHANTS = 2_000;
    public static final int BUYERS = 4_000_000;
    public static final int REGULARS = 100_000;
    public static final int MOBILE_IPS = 200_000;
    public static final int MAX_SEEDS = 8_192;
    /** 2026-11-25 12:00 JST: the history ends here and the benchmark's orders are placed just after. */
    public static final Instant END = Instant.parse("2026-11-25T03:00:00Z");
    public static final Duration SPAN = Duration.ofDays(30);

    /** A benchmark buyer: the merchant they order from and their order's identity keys. */
    public record Seed(String merchantId, List<IdentityKey> keys) {
    }

    /** Where the history goes: {@code ScoringEngine::remember}. */
    @FunctionalInterface
    public interface Sink {
        void accept(String merchantId, List<IdentityKey> keys, Instant orderedAt);
    }

    private static final long EMAIL = 0x1L;
    private static final long PHONE = 0x2L;
    private static final long ADDRESS = 0x3L;
    private static final long NAME_ADDRESS = 0x4L;
    private static final long KANA_PHONE = 0x5L;
    private static final long CARD = 0x6L;
    private static final long DEVICE = 0x7L;
    private static final long IP = 0x8L;
    private static final long RECIPIENT = 0x9L;
    private static final long HOT_ADDRESS = 0xAL;
    private static final long TESTER = 0xBL;
    private static final long PROXY = 0xCL;

    private final Seed[] seeds;
    private final String[] merchants = new String[MERCHANTS];
    private final double[] merchantCdf = zipfCdf(MERCHANTS, 1.0);
    private final double[] mobileIpCdf = zipfCdf(MOBILE_IPS, 0.9);
    private final String[] hotIps;
    private final long seed;

    /**
     * @param seeds the benchmark's buyers, at most {@value #MAX_SEEDS}: the even ones regulars, the odd ones occasional
     * @param hotIps the IP keys (hashes) of the shared carrier addresses the benchmark's orders use: the
     *               busiest of the mobile pool
     */
    public ScaleHistory(List<Seed> seeds, List<String> hotIps, long seed) {
        if (seeds.size() > MAX_SEEDS) {
            throw new IllegalArgumentException("at most " + MAX_SEEDS + " seeds");
        }
        this.seeds = new Seed[MAX_SEEDS];
        for (int j = 0; j < seeds.size(); j++) {
            this.seeds[seedPosition(j)] = seeds.get(j);
        }
        this.hotIps = hotIps.toArray(new String[0]);
        this.seed = seed;
        for (int m = 0; m < MERCHANTS; m++) {
            merchants[m] = String.format("shop-%04d", m);
        }
    }

    /** The merchant a benchmark buyer orders from, picked like everyone's. */
    public static String merchantOfSeed(int index, long seed) {
        return String.format("shop-%04d", sample(zipfCdf(MERCHANTS, 1.0), unit(mix(index, seed ^ 0x5EEDL))));
    }

    /** Plays {@code events} screenings spread evenly over the {@linkplain #SPAN 30 days} before {@link #END}, oldest first. */
    public void play(long events, Sink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        long start = END.minus(SPAN).toEpochMilli();
        long span = SPAN.toMillis();
        List<IdentityKey> keys = new ArrayList<>(16);
        for (long i = 0; i < events; i++) {
            long from = start + Math.floorDiv(i * span, events);
            long to = start + Math.floorDiv((i + 1) * span, events);
            Instant at = Instant.ofEpochMilli(from + (to > from ? random.nextLong(to - from) : 0));
            keys.clear();
            String merchant = event(random, keys);
            sink.accept(merchant, List.copyOf(keys), at);
        }
    }

    /** One screening: fills {@code keys}, answers the merchant. */
    private String event(SplittableRandom r, List<IdentityKey> keys) {
        if (r.nextInt(10_000) < 5) {
            // Card testing: a device behind a proxy trying a fresh card.
            int device = r.nextInt(20);
            keys.add(key(IdentityKind.EMAIL, r.nextLong(), EMAIL));
            keys.add(key(IdentityKind.CARD, r.nextLong(), CARD));
            keys.add(key(IdentityKind.DEVICE, device, TESTER));
            keys.add(key(IdentityKind.IP, r.nextInt(200), PROXY));
            return merchants[sample(merchantCdf, unit(mix(device, TESTER)))];
        }
        long buyer = r.nextInt(100) < 15 ? r.nextInt(REGULARS) : r.nextInt(BUYERS);
        int seedIndex = seedOf(buyer);
        if (seedIndex >= 0 && seeds[seedIndex] != null) {
            keys.addAll(seeds[seedIndex].keys());
            return seeds[seedIndex].merchantId();
        }
        int slot = r.nextInt(100);
        String merchant = merchants[sample(merchantCdf, unit(mix(buyer * 3 + (slot < 60 ? 0 : slot < 85 ? 1 : 2), seed)))];
        long household = (mix(buyer, 0x40L) & 7) < 2 ? buyer >>> 1 : buyer + (1L << 40);

        keys.add(key(IdentityKind.EMAIL, buyer * 2 + (r.nextInt(20) == 0 ? 1 : 0), EMAIL));
        boolean hasKana = (mix(buyer, 0x41L) % 10) != 0;
        if (r.nextInt(1000) < 3) {
            long hot = r.nextInt(100);
            person(keys, buyer, key(IdentityKind.ADDRESS, hot, HOT_ADDRESS), hasKana);
        } else {
            person(keys, buyer, key(IdentityKind.ADDRESS, household, ADDRESS), hasKana);
        }
        if (r.nextInt(10) == 0) {
            long recipient = mix(buyer, RECIPIENT + r.nextInt(2));
            person(keys, recipient, key(IdentityKind.ADDRESS, recipient, ADDRESS), true);
        }
        if (r.nextInt(100) < 72) {
            keys.add(key(IdentityKind.CARD, buyer * 2 + (r.nextInt(5) == 0 ? 1 : 0), CARD));
        }
        if (r.nextInt(10) != 0) {
            int d = r.nextInt(10);
            keys.add(key(IdentityKind.DEVICE, buyer * 3 + (d < 7 ? 0 : d < 9 ? 1 : 2), DEVICE));
        }
        int ip = r.nextInt(100);
        if (ip < 50) {
            keys.add(key(IdentityKind.IP, household, IP));
        } else if (ip < 95) {
            int mobile = sample(mobileIpCdf, r.nextDouble());
            keys.add(mobile < hotIps.length ? new IdentityKey(IdentityKind.IP, hotIps[mobile]) : key(IdentityKind.IP, mobile, IP ^ 0x100));
        } else {
            keys.add(key(IdentityKind.IP, r.nextLong(), IP ^ 0x200));
        }
        return merchant;
    }

    private static void person(List<IdentityKey> keys, long person, IdentityKey address, boolean hasKana) {
        keys.add(key(IdentityKind.PHONE, person, PHONE));
        keys.add(address);
        keys.add(key(IdentityKind.NAME_ADDRESS, mix(person, address.hash().hashCode()), NAME_ADDRESS));
        if (hasKana) {
            keys.add(key(IdentityKind.KANA_PHONE, person, KANA_PHONE));
        }
    }

    /**
     * Lists {@code count} keys on {@code list}, as the gateway restores them from its table at start: mixed
     * kinds, a listing merchant each (5 % of keys by a second one too), a reason and time per row, half
     * with an expiry a year on. {@code alsoListed} (benchmark buyers' keys) are among them.
     */
    public void listNegative(int count, List<IdentityKey> alsoListed, NegativeList list) {
        SplittableRandom r = new SplittableRandom(seed ^ 0xBADL);
        IdentityKind[] kinds = {IdentityKind.EMAIL, IdentityKind.EMAIL, IdentityKind.EMAIL, IdentityKind.PHONE,
            IdentityKind.PHONE, IdentityKind.ADDRESS, IdentityKind.NAME_ADDRESS, IdentityKind.KANA_PHONE,
            IdentityKind.CARD, IdentityKind.CARD, IdentityKind.CARD, IdentityKind.DEVICE, IdentityKind.IP};
        String[] reasons = {"chargeback", "fraud_confirmed", "review NG"};
        long yearMillis = Duration.ofDays(365).toMillis();
        for (int i = 0; i < count; i++) {
            IdentityKey key = i < alsoListed.size()
                    ? alsoListed.get(i)
                    : key(kinds[r.nextInt(kinds.length)], r.nextLong(), 0xBAD0L);
            int listings = r.nextInt(20) == 0 ? 2 : 1;
            for (int l = 0; l < listings; l++) {
                // As the gateway reads them: a fresh String per row for the merchant and the reason.
                String merchant = new String(merchants[sample(merchantCdf, r.nextDouble())].toCharArray());
                String reason = new String(reasons[r.nextInt(reasons.length)].toCharArray());
                Instant at = END.minusMillis(r.nextLong(yearMillis));
                list.register(key, merchant, reason, at, r.nextBoolean() ? null : at.plusMillis(yearMillis));
            }
        }
    }

    /** Which benchmark buyer a buyer of the population is, or -1. */
    private static int seedOf(long buyer) {
        if (buyer < REGULARS) {
            return buyer % 24 == 0 && buyer / 24 < MAX_SEEDS / 2 ? (int) (buyer / 24) : -1;
        }
        long occasional = buyer - REGULARS;
        return occasional % 950 == 0 && occasional / 950 < MAX_SEEDS / 2 ? (int) (MAX_SEEDS / 2 + occasional / 950) : -1;
    }

    /** Where benchmark buyer {@code j} sits among the seeds: even ones are regulars, odd ones occasional buyers. */
    private static int seedPosition(int benchmarkBuyer) {
        return benchmarkBuyer % 2 == 0 ? benchmarkBuyer / 2 : MAX_SEEDS / 2 + benchmarkBuyer / 2;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A stand-in for {@code HMAC-SHA256(pepper, kind:value)}: 64 hex characters, the same for the same input. */
    static IdentityKey key(IdentityKind kind, long value, long salt) {
        char[] hex = new char[64];
        long s = salt * 31 + kind.ordinal();
        for (int w = 0; w < 4; w++) {
            long bits = mix(value, s * 4 + w);
            for (int c = 0; c < 16; c++) {
                hex[w * 16 + c] = HEX[(int) (bits >>> (60 - 4 * c)) & 0xF];
            }
        }
        return new IdentityKey(kind, new String(hex));
    }

    private static long mix(long value, long salt) {
        return ScaleOrders.mix(value, salt);
    }

    private static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }

    private static double[] zipfCdf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static int sample(double[] cdf, double u) {
        int low = 0;
        int high = cdf.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cdf[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
