package jp.mamori.bench.replay;

import static jp.mamori.bench.load.OptionValues.number;
import static jp.mamori.bench.load.OptionValues.requireUrl;
import static jp.mamori.bench.load.OptionValues.stripTrailingSlash;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jp.mamori.bench.load.OptionValues;

/**
 * What {@link Replay} was asked to do. {@code file} null means the bundled set; {@code inProcess} replays into an
 * engine in this process, and then {@code url}, {@code adminToken} and {@code timeout} do not matter.
 */
public record ReplayOptions(String url, String adminToken, boolean inProcess, Path file, int limit, Path results, Duration timeout) {

    /** The labelled set shipped in this jar. */
    public static final String BUNDLED = "/replay/orders-v1.jsonl";

    public static final String USAGE = """
            usage: Replay --admin-token TOKEN [options]
                   Replay --in-process [options]
              --in-process       replay into a scoring engine in this process, built as the gateway builds its own (seconds, not a minute)
              --url URL          the running Mamori gateway (default http://127.0.0.1:8080)
              --admin-token T    the gateway's MAMORI_ADMIN_TOKEN, to create one merchant and API key per shop in the file
              --file FILE        a JSON Lines file of labelled orders and feedback (default: the bundled orders-v1.jsonl)
              --limit N          replay only the first N lines in time order (default: all)
              --results FILE     also write each order's label, decision, score and reason codes there, one JSON line each
              --timeout D        connect and response timeout per request, e.g. 10s (default 10s)""";

    public ReplayOptions {
        if (!inProcess) {
            requireUrl("--url", url);
            if (adminToken == null || adminToken.isBlank()) {
                throw new IllegalArgumentException("--admin-token is required");
            }
        }
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("--timeout must be more than 0");
        }
    }

    public static ReplayOptions parse(String... args) {
        String url = "http://127.0.0.1:8080";
        String adminToken = null;
        Path file = null;
        int limit = Integer.MAX_VALUE;
        Path results = null;
        Duration timeout = Duration.ofSeconds(10);
        boolean inProcess = false;
        for (Map.Entry<String, String> option : OptionValues.named(args, Set.of("--in-process")).entrySet()) {
            String name = option.getKey();
            String value = option.getValue();
            switch (name) {
                case "--in-process" -> inProcess = true;
                case "--url" -> url = stripTrailingSlash(value);
                case "--admin-token" -> adminToken = value;
                case "--file" -> file = Path.of(value);
                case "--limit" -> limit = (int) Math.min(Integer.MAX_VALUE, number(name, value));
                case "--results" -> results = Path.of(value);
                case "--timeout" -> timeout = OptionValues.duration(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new ReplayOptions(url, adminToken, inProcess, file, limit, results, timeout);
    }

    /** How the report names the file replayed. */
    String source() {
        return file == null ? "bundled " + BUNDLED.substring(BUNDLED.lastIndexOf('/') + 1) : file.toString();
    }
}
