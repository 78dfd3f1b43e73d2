package jp.mamori.bench.scale;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKeyer;
import jp.mamori.engine.IdentityKeys;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.Policy;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.normalize.IpAddresses;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.NegativeList;
import jp.mamori.engine.state.VelocityStore;

/**
 * The benchmark's buyers and the history behind them, built the same way by the JMH benchmark and the
 * footprint measurement: {@value #ORDERS} varied orders ({@link ScaleOrders}), each buyer's merchant and
 * real identity keys, a {@link ScaleHistory} that gives those buyers a past, and the keys of one buyer in a
 * hundred that the negative list holds.
 */
public final class ScaleFixture {

    public static final long SEED = 20_261_125L;
    /** A power of two, so the benchmark rotates over them with a mask. */
    public static final int ORDERS = 8_192;
    /** The longest velocity window the engine is asked to serve (issue 4: 1 h, 24 h, 7 d, 30 d). */
    public static final Duration RETENTION = Duration.ofDays(30);

    public final OrderNormalizer normalizer = OrderNormalizer.bundled();
    public final IdentityKeyer keyer = new IdentityKeyer("benchmark-pepper-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    public final DisposableEmailDomains disposableDomains = DisposableEmailDomains.bundled();
    public final Policy policy = Policy.defaultPolicy();
    /** Order {@code i}, placed by benchmark buyer {@code i}, with no {@code ordered_at}. */
    public final List<ScreeningRequest> orders;
    /** The merchant each order is placed with. */
    public final String[] merchants;
    public final ScaleHistory history;
    /** Keys the negative list holds for the benchmark's buyers: the card (else email) of every hundredth. */
    public final List<IdentityKey> listed = new ArrayList<>();

    public ScaleFixture() {
        orders = ScaleOrders.generate(ORDERS, SEED);
        merchants = new String[ORDERS];
        IdentityKeys identityKeys = new IdentityKeys(normalizer, keyer);
        List<ScaleHistory.Seed> seeds = new ArrayList<>(ORDERS);
        for (int i = 0; i < ORDERS; i++) {
            merchants[i] = ScaleHistory.merchantOfSeed(i, SEED);
            List<IdentityKey> keys = identityKeys.of(orders.get(i));
            seeds.add(new ScaleHistory.Seed(merchants[i], keys));
            if (i % 100 == 50) {
                listed.add(keys.stream().filter(k -> k.kind() == IdentityKind.CARD).findFirst().orElse(keys.get(0)));
            }
        }
        List<String> hotIps = ScaleOrders.CARRIER_NAT_IPS.stream()
                .map(ip -> keyer.key(IdentityKind.IP, IpAddresses.matchingForm(ip)).hash())
                .toList();
        history = new ScaleHistory(seeds, hotIps, SEED);
    }

    public ScoringEngine engine(VelocityStore velocity, NegativeList negativeList) {
        return new ScoringEngine(policy, normalizer, keyer, velocity, disposableDomains, negativeList);
    }

    /** Order {@code i} as placed at {@code at}. */
    public ScreeningRequest at(int i, Instant at) {
        ScreeningRequest o = orders.get(i);
        return new ScreeningRequest(o.orderId(), at, o.amount(), o.buyer(), o.billingAddress(), o.shipping(), o.items(),
                o.payment(), o.device(), o.affiliate());
    }
}
