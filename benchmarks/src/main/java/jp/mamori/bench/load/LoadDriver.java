package jp.mamori.bench.load;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import reactor.util.Loggers;

/**
 * Measures a running Mamori gateway under open-loop load and, in the same run, a bare WebFlux
 * endpoint under the identical load, then prints both side by side. The bare endpoint is the floor
 * set by the HTTP stack and this machine; the gateway's cost is the difference. See README.md.
 */
public final class LoadDriver {

    static final String GATEWAY = "gateway";
    static final String BARE = "bare";

    /** Held, because the JDK forgets the level of a logger nobody references. */
    private static final Logger REACTOR_NETTY = Logger.getLogger("reactor.netty");

    private LoadDriver() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        // Reactor Netty warns about every failed connection; the report counts them and shows the first.
        Loggers.useJdkLoggers();
        REACTOR_NETTY.setLevel(Level.SEVERE);
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        System.out.print(run(options).render());
    }

    /**
     * Warms the driver up against the bare endpoint, then measures the gateway, then the bare
     * endpoint, so that the two targets never compete for the CPU and both meet a warm driver.
     */
    public static ComparisonReport run(LoadOptions options) throws IOException, InterruptedException {
        OpenLoopRun load = new OpenLoopRun(options, ScreeningRequestBodies.forNewRun());
        if (!options.bare()) {
            TargetResult gateway = measure(load, GATEWAY, options.url(), options);
            return new ComparisonReport(options, List.of(gateway), fallbacks(load, options, GATEWAY));
        }
        // A null resource is skipped on close: nothing to stop when the bare endpoint was already running.
        try (BareEndpointProcess child = options.bareUrl() == null ? BareEndpointProcess.start() : null) {
            String bareUrl = child == null ? options.bareUrl() : child.url();
            System.err.printf("driver warm-up against %s: %s%n", bareUrl, OptionValues.text(options.warmup()));
            load.warmUp(bareUrl);
            TargetResult gateway = measure(load, GATEWAY, options.url(), options);
            TargetResult bare = measure(load, BARE, bareUrl, options);
            return new ComparisonReport(options, List.of(gateway, bare), fallbacks(load, options, GATEWAY, BARE));
        }
    }

    /** The fallback counts of authorizations, per target; none for screenings, which have no deadline. */
    private static Map<String, Long> fallbacks(OpenLoopRun load, LoadOptions options, String... targets) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (options.endpoint() == LoadOptions.Endpoint.AUTHORIZATIONS) {
            for (String target : targets) {
                counts.put(target, load.fallbacks(target));
            }
        }
        return counts;
    }

    private static TargetResult measure(OpenLoopRun load, String target, String url, LoadOptions options)
            throws InterruptedException {
        System.err.printf("%s %s: %s warm-up, then %s measured at %d req/s%n",
                target, url, OptionValues.text(options.warmup()), OptionValues.text(options.duration()), options.rate());
        return load.against(target, url);
    }
}
