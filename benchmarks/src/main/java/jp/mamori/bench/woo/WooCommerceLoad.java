package jp.mamori.bench.woo;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

import jp.mamori.bench.load.ArrivalSchedule;
import jp.mamori.bench.load.BareEndpointProcess;
import jp.mamori.bench.load.OpenLoop;
import jp.mamori.bench.load.OptionValues;
import jp.mamori.bench.load.TargetResult;
import jp.mamori.bench.load.TargetTally;
import jp.mamori.bench.woo.WooLoadOptions.Phase;
import reactor.util.Loggers;

/**
 * Measures a running gateway as a WooCommerce shop meets it: how many signed {@code order.created}
 * deliveries per second it durably accepts, beside a bare endpoint under the same deliveries, and how
 * long a delivery takes to come back to the shop as a written-back decision. The shop is played in
 * process by WireMock. See README.md.
 */
public final class WooCommerceLoad {

    /** Held, because the JDK forgets the level of a logger nobody references. */
    private static final Logger REACTOR_NETTY = Logger.getLogger("reactor.netty");

    private final WooLoadOptions options;
    private final String shopId;
    private final WebhookSigner signer;
    private final WooOrderBodies bodies = new WooOrderBodies(Clock.systemUTC());
    /** Order ids go on across phases, so no order is delivered twice. */
    private long nextOrderId = 1;

    private WooCommerceLoad(WooLoadOptions options, String shopId, WebhookSigner signer) {
        this.options = options;
        this.shopId = shopId;
        this.signer = signer;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        // Reactor Netty warns about every failed connection; the report counts them and shows the first.
        Loggers.useJdkLoggers();
        REACTOR_NETTY.setLevel(Level.SEVERE);
        WooLoadOptions options;
        try {
            options = WooLoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(WooLoadOptions.USAGE);
            System.exit(2);
            return;
        }
        System.out.print(run(options).render());
    }

    /**
     * Sets up a merchant and a shop of the run's own, so that runs never see each other's orders. The bare
     * endpoint is started first, so that a child that cannot start fails the run before it loads the gateway.
     */
    public static WooLoadReport run(WooLoadOptions options) throws IOException, InterruptedException {
        String shopId = "bench-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
        String webhookSecret = UUID.randomUUID().toString();
        WebhookSigner signer = new WebhookSigner(webhookSecret);
        boolean bare = options.bare() && options.phase().includes(Phase.ACCEPTANCE);
        // A null resource is skipped on close: nothing to stop when there is no bare phase.
        try (BareEndpointProcess bareEndpoint = bare ? BareEndpointProcess.start() : null;
             FakeWooShop shop = new FakeWooShop()) {
            GatewayAdmin admin = new GatewayAdmin(options.url(), options.adminToken(), options.timeout());
            String merchantId = admin.createMerchant("ベンチマーク茶舗 " + shopId);
            admin.connectShop(shopId, merchantId, shop.baseUrl(), webhookSecret);
            System.err.printf("shop %s connected to the gateway; the fake shop listens at %s%n", shopId, shop.baseUrl());
            try (WebhookDeliveryClient client = new WebhookDeliveryClient(
                    options.url(), shopId, signer, options.connections(), options.timeout())) {
                return new WooCommerceLoad(options, shopId, signer)
                        .phases(shop.writeBacks(), client, bareEndpoint == null ? null : bareEndpoint.url());
            }
        }
    }

    /** {@code bareUrl} is null when the acceptance phase is not also driven at a bare endpoint. */
    private WooLoadReport phases(WriteBackLog writeBacks, WebhookDeliveryClient gateway, String bareUrl)
            throws InterruptedException {
        TargetResult acceptance = null;
        TargetResult bareAcceptance = null;
        Backlog backlog = null;
        TargetResult lagAnswers = null;
        LagResult lag = null;
        if (options.phase().includes(Phase.ACCEPTANCE)) {
            acceptance = deliver("acceptance", options.acceptRate(), gateway, null);
            long lastAnswer = System.nanoTime();
            if (bareUrl != null) {
                // Right after the gateway, so that both meet the machine as close together as they can.
                try (WebhookDeliveryClient bare = new WebhookDeliveryClient(
                        bareUrl, shopId, signer, options.connections(), options.timeout())) {
                    bareAcceptance = deliver("bare", options.acceptRate(), bare, null);
                }
            }
            if (options.phase() == Phase.BOTH) {
                // The lag phase measures the gateway at its rate only once the acceptance backlog is worked off.
                System.err.printf("waiting for the gateway to write back %d stored deliveries%n", gateway.stored());
                backlog = WriteBackWait.forBacklog(gateway::stored, writeBacks, options.grace(), lastAnswer);
            }
        }
        if (options.phase().includes(Phase.LAG)) {
            LagTally tally = new LagTally();
            lagAnswers = deliver("lag", options.lagRate(), gateway, tally);
            WriteBackWait.forLaggedOrders(tally, writeBacks, options.grace());
            lag = tally.result(writeBacks);
        }
        return new WooLoadReport(options, shopId, acceptance, bareAcceptance, backlog, lagAnswers, lag);
    }

    /** One phase at {@code rate}; with a {@code lag} tally, its measured stored orders are tracked to their write-back. */
    private TargetResult deliver(String phase, long rate, WebhookDeliveryClient client, LagTally lag)
            throws InterruptedException {
        System.err.printf("%s: %s warm-up, then %s measured at %d deliveries/s%n", phase,
                OptionValues.text(options.warmup()), OptionValues.text(options.duration()), rate);
        ArrivalSchedule schedule = new ArrivalSchedule(rate, options.warmup(), options.duration());
        TargetTally tally = new TargetTally();
        long firstOrderId = nextOrderId;
        nextOrderId += schedule.arrivals();
        long start = new OpenLoop(options.connections(), options.timeout()).drive(schedule, (arrival, intendedStart) -> {
            long orderId = firstOrderId + arrival;
            return client.deliver(orderId, bodies.body(orderId)).doOnNext(answer -> {
                if (lag != null && answer.succeeded() && schedule.isMeasured(arrival)) {
                    lag.stored(orderId, intendedStart);
                }
            });
        }, tally);
        return tally.result(phase, start + options.warmup().toNanos(), options.duration());
    }
}
