package jp.mamori.bench.load;

import static jp.mamori.bench.load.OptionValues.bool;
import static jp.mamori.bench.load.OptionValues.number;
import static jp.mamori.bench.load.OptionValues.requireUrl;
import static jp.mamori.bench.load.OptionValues.stripTrailingSlash;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * What {@link LoadDriver} was asked to do. {@code bareUrl} is null unless an already running bare
 * endpoint should be measured instead of a child JVM.
 */
public record LoadOptions(
        String url,
        String apiKey,
        long rate,
        Duration duration,
        Duration warmup,
        int connections,
        Duration timeout,
        boolean bare,
        String bareUrl,
        Endpoint endpoint,
        int deadlineMs) {

    /** What the load asks of the gateway. */
    public enum Endpoint {
        /** {@code POST /v1/screenings}. */
        SCREENINGS("/v1/screenings"),
        /** {@code POST /v1/authorizations}, each with {@code deadline_ms}: answers that came from the fallback are counted. */
        AUTHORIZATIONS("/v1/authorizations");

        private final String path;

        Endpoint(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    public static final String USAGE = """
            usage: LoadDriver --api-key KEY [options]
              --url URL            the running Mamori gateway (default http://127.0.0.1:8080)
              --api-key KEY        merchant API key, sent as Authorization: Bearer KEY
              --rate N             arrivals per second, open loop (default 500)
              --duration D         measured time, e.g. 30s, 2m (default 30s)
              --warmup D           unmeasured lead-in at the same rate (default 5s)
              --connections N      most requests in flight; arrivals beyond it are dropped (default 64)
              --timeout D          connect and response timeout per request (default 10s)
              --bare true|false    also measure a bare WebFlux endpoint in a child JVM (default true)
              --bare-url URL       measure this running BareEndpointServer instead of starting one
              --endpoint E         screenings (default) or authorizations: POST /v1/authorizations, counting fallbacks
              --deadline-ms N      deadline_ms of each authorization (default 200)""";

    public LoadOptions {
        requireUrl("--url", url);
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("--api-key is required");
        }
        if (rate < 1) {
            throw new IllegalArgumentException("--rate must be at least 1");
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("--duration must be more than 0");
        }
        if (warmup.isNegative()) {
            throw new IllegalArgumentException("--warmup must not be negative");
        }
        if (connections < 1) {
            throw new IllegalArgumentException("--connections must be at least 1");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("--timeout must be more than 0");
        }
        if (bareUrl != null) {
            requireUrl("--bare-url", bareUrl);
        }
        if (deadlineMs < 1 || deadlineMs > 2_000) {
            throw new IllegalArgumentException("--deadline-ms must be from 1 to 2000");
        }
    }

    public static LoadOptions parse(String... args) {
        String url = "http://127.0.0.1:8080";
        String apiKey = null;
        long rate = 500;
        Duration duration = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(5);
        int connections = 64;
        Duration timeout = Duration.ofSeconds(10);
        boolean bare = true;
        String bareUrl = null;
        Endpoint endpoint = Endpoint.SCREENINGS;
        int deadlineMs = 200;
        for (Map.Entry<String, String> option : OptionValues.named(args, Set.of()).entrySet()) {
            String name = option.getKey();
            String value = option.getValue();
            switch (name) {
                case "--url" -> url = stripTrailingSlash(value);
                case "--api-key" -> apiKey = value;
                case "--rate" -> rate = number(name, value);
                case "--duration" -> duration = OptionValues.duration(value);
                case "--warmup" -> warmup = OptionValues.duration(value);
                case "--connections" -> connections = Math.toIntExact(number(name, value));
                case "--timeout" -> timeout = OptionValues.duration(value);
                case "--bare" -> bare = bool(name, value);
                case "--bare-url" -> bareUrl = stripTrailingSlash(value);
                case "--endpoint" -> endpoint = endpoint(value);
                case "--deadline-ms" -> deadlineMs = Math.toIntExact(number(name, value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new LoadOptions(url, apiKey, rate, duration, warmup, connections, timeout,
                bare || bareUrl != null, bareUrl, endpoint, deadlineMs);
    }

    private static Endpoint endpoint(String value) {
        return switch (value) {
            case "screenings" -> Endpoint.SCREENINGS;
            case "authorizations" -> Endpoint.AUTHORIZATIONS;
            default -> throw new IllegalArgumentException("--endpoint must be screenings or authorizations");
        };
    }

    public ArrivalSchedule schedule() {
        return new ArrivalSchedule(rate, warmup, duration);
    }

    /** Leaves the API key out, so that printing the options cannot leak it. */
    @Override
    public String toString() {
        return "LoadOptions[url=" + url + ", apiKey=(given), rate=" + rate + ", duration=" + duration
                + ", warmup=" + warmup + ", connections=" + connections + ", timeout=" + timeout
                + ", bare=" + bare + ", bareUrl=" + bareUrl + ", endpoint=" + endpoint + ", deadlineMs=" + deadlineMs + "]";
    }
}
