package jp.mamori.bench.load;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the webhook drivers print their answers: one row per phase or target with what it stored and
 * how fast it answered, the gateway/bare ratios, and notes on whatever was not stored.
 */
public final class WebhookAnswerTable {

    private static final String ROW = "%-12s %7s %9s %9s %9s %9s %9s %9s %9s %9s %9s %9s%n";
    private static final String RATIO = "%-21s %s%n";

    private WebhookAnswerTable() {
    }

    public static String header(String firstColumn) {
        return String.format(Locale.ROOT, ROW, firstColumn, "rate/s", "sent", "stored", "other", "errors",
                "dropped", "stored/s", "p50 ms", "p99 ms", "p99.9 ms", "max ms");
    }

    /** {@code r}'s row; its {@code succeeded} answers are the stored ones. */
    public static String row(TargetResult r, long rate) {
        return String.format(Locale.ROOT, ROW, r.target(), rate, r.sent(), r.succeeded(), r.rejected(),
                r.failed(), r.dropped(), String.format(Locale.ROOT, "%.1f", r.throughput()),
                millis(r.p50Micros()), millis(r.p99Micros()), millis(r.p999Micros()), millis(r.maxMicros()));
    }

    /** The gateway's stored/s, p50 and p99 over the bare endpoint's, from the same load. */
    public static String ratios(TargetResult gateway, TargetResult bare) {
        return String.format(Locale.ROOT, RATIO, "gateway/bare stored/s", BareRatios.throughput(gateway.throughput(), bare.throughput()))
                + String.format(Locale.ROOT, RATIO, "gateway/bare p50", BareRatios.latency(gateway.p50Micros(), bare.p50Micros()))
                + String.format(Locale.ROOT, RATIO, "gateway/bare p99", BareRatios.latency(gateway.p99Micros(), bare.p99Micros()));
    }

    /** What {@code r} answered other than stored, its first error, and whether its percentiles flatter it. */
    public static String notes(TargetResult r) {
        StringBuilder out = new StringBuilder();
        if (!r.rejectedByStatus().isEmpty()) {
            out.append(r.target()).append(" answers other than stored, by status: ").append(r.rejectedByStatus()
                    .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        if (r.firstFailure() != null) {
            out.append(r.target()).append(" first error: ").append(r.firstFailure()).append('\n');
        }
        if (r.dropped() > 0 || r.failed() > 0) {
            out.append(r.target()).append(" did not answer every delivery; its percentiles cover only the stored"
                    + " answers, so its real latency is worse than shown\n");
        }
        return out.toString();
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1000.0);
    }
}
