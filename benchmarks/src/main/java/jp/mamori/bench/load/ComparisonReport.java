package jp.mamori.bench.load;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The side-by-side table of one run. The gateway/bare ratios are the figures to read: absolute
 * latencies on a shared machine say more about the neighbours than about Mamori.
 */
public final class ComparisonReport {

    private static final String ROW = "%-18s %9s %9s %9s %9s %9s %9s %9s %9s %9s %9s%n";

    private final LoadOptions options;
    private final List<TargetResult> results;
    private final Map<String, Long> fallbacks;

    public ComparisonReport(LoadOptions options, List<TargetResult> results) {
        this(options, results, Map.of());
    }

    /** {@code fallbacks}: per target, the measured authorizations answered by the fallback. */
    public ComparisonReport(LoadOptions options, List<TargetResult> results, Map<String, Long> fallbacks) {
        this.options = options;
        this.results = List.copyOf(results);
        this.fallbacks = Map.copyOf(fallbacks);
    }

    public List<TargetResult> results() {
        return results;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "POST %s at %d req/s: %s warm-up, %s measured, at most %d in flight; API key given%n",
                options.endpoint().path() + (options.endpoint() == LoadOptions.Endpoint.AUTHORIZATIONS
                        ? " (deadline_ms " + options.deadlineMs() + ")" : ""),
                options.rate(), OptionValues.text(options.warmup()), OptionValues.text(options.duration()),
                options.connections()));
        out.append(String.format(Locale.ROOT, ROW, "target", "sent", "2xx", "non-2xx", "errors", "dropped",
                "req/s", "p50 ms", "p99 ms", "p99.9 ms", "max ms"));
        for (TargetResult r : results) {
            out.append(String.format(Locale.ROOT, ROW, r.target(), r.sent(), r.succeeded(), r.rejected(),
                    r.failed(), r.dropped(), String.format(Locale.ROOT, "%.1f", r.throughput()),
                    millis(r.p50Micros()), millis(r.p99Micros()), millis(r.p999Micros()), millis(r.maxMicros())));
        }
        Optional<TargetResult> gateway = find(LoadDriver.GATEWAY);
        Optional<TargetResult> bare = find(LoadDriver.BARE);
        if (gateway.isPresent() && bare.isPresent()) {
            out.append(String.format(Locale.ROOT, "%-18s %s%n", "gateway/bare p50",
                    BareRatios.latency(gateway.get().p50Micros(), bare.get().p50Micros())));
            out.append(String.format(Locale.ROOT, "%-18s %s%n", "gateway/bare p99",
                    BareRatios.latency(gateway.get().p99Micros(), bare.get().p99Micros())));
        }
        for (TargetResult r : results) {
            Long fellBack = fallbacks.get(r.target());
            if (fellBack != null) {
                out.append(String.format(Locale.ROOT, "%-18s %d of %d 2xx answers (%.2f %%)%n", r.target() + " fallbacks",
                        fellBack, r.succeeded(), r.succeeded() == 0 ? 0.0 : 100.0 * fellBack / r.succeeded()));
            }
        }
        for (TargetResult r : results) {
            notes(r, out);
        }
        return out.toString();
    }

    private static void notes(TargetResult r, StringBuilder out) {
        if (!r.rejectedByStatus().isEmpty()) {
            out.append(r.target()).append(" non-2xx by status: ").append(r.rejectedByStatus().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        }
        if (r.firstFailure() != null) {
            out.append(r.target()).append(" first error: ").append(r.firstFailure()).append('\n');
        }
        if (r.dropped() > 0 || r.failed() > 0) {
            out.append(r.target()).append(" did not answer every arrival; its percentiles cover only the 2xx"
                    + " answers, so its real latency is worse than shown\n");
        }
    }

    private Optional<TargetResult> find(String target) {
        return results.stream().filter(r -> r.target().equals(target)).findFirst();
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1000.0);
    }
}
