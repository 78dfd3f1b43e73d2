package jp.mamori.bench.woo;

import static jp.mamori.bench.load.OptionValues.number;
import static jp.mamori.bench.load.OptionValues.requireUrl;
import static jp.mamori.bench.load.OptionValues.stripTrailingSlash;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.mamori.bench.load.OptionValues;

/**
 * What {@link WooCommerceLoad} was asked to do. {@code bare}: also drive the acceptance phase's load at a
 * bare endpoint in a child JVM, for the gateway/bare ratios.
 */
public record WooLoadOptions(
        String url,
        String adminToken,
        Phase phase,
        long acceptRate,
        long lagRate,
        Duration duration,
        Duration warmup,
        Duration grace,
        int connections,
        Duration timeout,
        boolean bare) {

    /** Which measurements a run makes; {@code BOTH} lets the gateway work off the acceptance backlog in between. */
    public enum Phase {
        ACCEPTANCE, LAG, BOTH;

        boolean includes(Phase phase) {
            return this == BOTH || this == phase;
        }
    }

    public static final String USAGE = """
            usage: WooCommerceLoad --admin-token TOKEN [options]
              --url URL            the running Mamori gateway (default http://127.0.0.1:8080)
              --admin-token T      the gateway's MAMORI_ADMIN_TOKEN, to create a merchant and connect a shop
              --phase P            acceptance, lag or both (default both)
              --accept-rate N      deliveries per second in the acceptance phase (default 2000)
              --lag-rate N         deliveries per second in the lag phase (default 200)
              --duration D         measured time of each phase, e.g. 30s, 2m (default 30s)
              --warmup D           unmeasured lead-in of each phase at its rate (default 5s)
              --grace D            how long to wait for write-backs still due (default 10s)
              --connections N      most deliveries in flight; arrivals beyond it are dropped (default 64)
              --timeout D          connect and response timeout per delivery (default 10s)
              --no-bare            measure the acceptance phase at the gateway only, not also at a bare endpoint""";

    public WooLoadOptions {
        requireUrl("--url", url);
        if (adminToken == null || adminToken.isBlank()) {
            throw new IllegalArgumentException("--admin-token is required");
        }
        if (acceptRate < 1 || lagRate < 1) {
            throw new IllegalArgumentException("--accept-rate and --lag-rate must be at least 1");
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("--duration must be more than 0");
        }
        if (warmup.isNegative()) {
            throw new IllegalArgumentException("--warmup must not be negative");
        }
        if (grace.isZero() || grace.isNegative()) {
            throw new IllegalArgumentException("--grace must be more than 0");
        }
        if (connections < 1) {
            throw new IllegalArgumentException("--connections must be at least 1");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("--timeout must be more than 0");
        }
    }

    public static WooLoadOptions parse(String... args) {
        String url = "http://127.0.0.1:8080";
        String adminToken = null;
        Phase phase = Phase.BOTH;
        long acceptRate = 2000;
        long lagRate = 200;
        Duration duration = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(5);
        Duration grace = Duration.ofSeconds(10);
        int connections = 64;
        Duration timeout = Duration.ofSeconds(10);
        boolean bare = true;
        for (Map.Entry<String, String> option : OptionValues.named(args, Set.of("--no-bare")).entrySet()) {
            String name = option.getKey();
            String value = option.getValue();
            switch (name) {
                case "--no-bare" -> bare = false;
                case "--url" -> url = stripTrailingSlash(value);
                case "--admin-token" -> adminToken = value;
                case "--phase" -> phase = phase(value);
                case "--accept-rate" -> acceptRate = number(name, value);
                case "--lag-rate" -> lagRate = number(name, value);
                case "--duration" -> duration = OptionValues.duration(value);
                case "--warmup" -> warmup = OptionValues.duration(value);
                case "--grace" -> grace = OptionValues.duration(value);
                case "--connections" -> connections = Math.toIntExact(number(name, value));
                case "--timeout" -> timeout = OptionValues.duration(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new WooLoadOptions(url, adminToken, phase, acceptRate, lagRate, duration, warmup, grace,
                connections, timeout, bare);
    }

    /** Leaves the admin token out, so that printing the options cannot leak it. */
    @Override
    public String toString() {
        return "WooLoadOptions[url=" + url + ", adminToken=(given), phase=" + phase + ", acceptRate=" + acceptRate
                + ", lagRate=" + lagRate + ", duration=" + duration + ", warmup=" + warmup + ", grace=" + grace
                + ", connections=" + connections + ", timeout=" + timeout + ", bare=" + bare + "]";
    }

    private static Phase phase(String value) {
        return switch (value) {
            case "acceptance", "lag", "both" -> Phase.valueOf(value.toUpperCase(Locale.ROOT));
            default -> throw new IllegalArgumentException("--phase must be acceptance, lag or both, not " + value);
        };
    }
}
