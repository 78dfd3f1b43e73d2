package jp.mamori.bench.woo;

import java.util.Locale;

import jp.mamori.bench.load.OptionValues;
import jp.mamori.bench.load.TargetResult;
import jp.mamori.bench.load.WebhookAnswerTable;

/**
 * The tables of one run: how the gateway answered each phase's deliveries, how the bare endpoint
 * answered the acceptance phase's, what became of the acceptance backlog, and the end-to-end lag.
 * A phase that did not run is null and left out.
 */
public record WooLoadReport(WooLoadOptions options, String shopId, TargetResult acceptance, TargetResult bareAcceptance,
                            Backlog backlog, TargetResult lagAnswers, LagResult lag) {

    private static final String LAG_ROW = "%-12s %7s %9s %9s %9s %9s %9s %9s %9s%n";

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "WooCommerce order.created to %s/hooks/woocommerce/%s: %s warm-up, %s measured per phase, "
                        + "at most %d in flight; admin token given%n",
                options.url(), shopId, OptionValues.text(options.warmup()), OptionValues.text(options.duration()),
                options.connections()));
        out.append(WebhookAnswerTable.header("phase"));
        answerRow(acceptance, options.acceptRate(), out);
        answerRow(bareAcceptance, options.acceptRate(), out);
        answerRow(lagAnswers, options.lagRate(), out);
        if (acceptance != null && bareAcceptance != null) {
            out.append(WebhookAnswerTable.ratios(acceptance, bareAcceptance));
        }
        if (backlog != null) {
            out.append(backlogLine());
        }
        if (lag != null) {
            out.append(String.format(Locale.ROOT, "%nend-to-end lag, delivery due -> note seen by the shop, at %d deliveries/s%n",
                    options.lagRate()));
            out.append(String.format(Locale.ROOT, LAG_ROW, "phase", "rate/s", "stored", "written", "missing",
                    "p50 ms", "p99 ms", "p99.9 ms", "max ms"));
            out.append(String.format(Locale.ROOT, LAG_ROW, "lag", options.lagRate(), lag.stored(), lag.writtenBack(),
                    lag.missing(), millis(lag.p50Micros()), millis(lag.p99Micros()), millis(lag.p999Micros()),
                    millis(lag.maxMicros())));
            if (lag.missing() > 0) {
                out.append(String.format(Locale.ROOT, "%d stored orders were not written back within %s of the last"
                        + " answer; the lag percentiles leave them out%n", lag.missing(), OptionValues.text(options.grace())));
            }
        }
        for (TargetResult phase : new TargetResult[] {acceptance, bareAcceptance, lagAnswers}) {
            if (phase != null) {
                out.append(WebhookAnswerTable.notes(phase));
            }
        }
        return out.toString();
    }

    private String backlogLine() {
        double seconds = backlog.took().toNanos() / 1e9;
        String rate = seconds > 0 ? String.format(Locale.ROOT, " (%.0f/s)", backlog.writtenBack() / seconds) : "";
        if (backlog.drained()) {
            return String.format(Locale.ROOT, "acceptance backlog: all %d stored deliveries written back %.1f s after"
                    + " the last answer%s%n", backlog.owed(), seconds, rate);
        }
        return String.format(Locale.ROOT, "acceptance backlog: %d of %d stored deliveries written back, then none for %s%s;"
                        + " the lag phase met a busy gateway%n",
                backlog.writtenBack(), backlog.owed(), OptionValues.text(options.grace()), rate);
    }

    private static void answerRow(TargetResult r, long rate, StringBuilder out) {
        if (r != null) {
            out.append(WebhookAnswerTable.row(r, rate));
        }
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1000.0);
    }
}
