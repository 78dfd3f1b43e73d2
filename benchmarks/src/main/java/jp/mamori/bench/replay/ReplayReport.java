package jp.mamori.bench.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a replay found: per label how many orders got each decision, the feedback and affiliate registrations sent, and the
 * three figures with their bars.
 */
public final class ReplayReport {

    /** The bars of issue 4: at least this share of fraud flagged, at most these shares of legit flagged and NG. */
    public static final double FRAUD_FLAGGED_BAR = 0.95;
    public static final double LEGIT_FLAGGED_BAR = 0.02;
    public static final double LEGIT_NG_BAR = 0.002;

    /** The decisions of one label's orders. {@code errors} are orders the gateway did not screen. */
    public static final class LabelCounts {
        private final String label;
        private int orders;
        private int ok;
        private int review;
        private int ng;
        private int errors;
        /** Orders answered with no reason at all: nothing in them that any check could hold against them. */
        private int silent;
        private final Map<String, Integer> reasonsFlagged = new TreeMap<>();
        private final Map<String, Integer> reasonsUnflagged = new TreeMap<>();

        LabelCounts(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isFraud() {
            return label.startsWith("fraud");
        }

        public int orders() {
            return orders;
        }

        public int ok() {
            return ok;
        }

        public int review() {
            return review;
        }

        public int ng() {
            return ng;
        }

        public int errors() {
            return errors;
        }

        public int screened() {
            return ok + review + ng;
        }

        public int flagged() {
            return review + ng;
        }
    }

    private final String source;
    /** Where the orders went: the gateway's URL, or the engine in process. */
    private final String target;
    private final Map<String, LabelCounts> labels = new TreeMap<>(Comparator
            .comparing((String l) -> l.startsWith("fraud"))
            .thenComparing(l -> !l.equals("legit"))
            .thenComparing(Comparator.naturalOrder()));
    private int feedbackSent;
    private int feedbackAccepted;
    private int registrationsSent;
    private int registrationsAccepted;
    private final List<String> problems = new ArrayList<>();
    private int problemCount;

    ReplayReport(String source, String target) {
        this.source = source;
        this.target = target;
    }

    private LabelCounts counts(String label) {
        return labels.computeIfAbsent(label, LabelCounts::new);
    }

    void screened(String label, String decision, List<String> reasonCodes) {
        LabelCounts c = counts(label);
        c.orders++;
        switch (decision) {
            case "OK" -> c.ok++;
            case "REVIEW" -> c.review++;
            case "NG" -> c.ng++;
            default -> throw new IllegalArgumentException("unknown decision " + decision);
        }
        if (reasonCodes.isEmpty()) {
            c.silent++;
        }
        Map<String, Integer> reasons = decision.equals("OK") ? c.reasonsUnflagged : c.reasonsFlagged;
        for (String code : reasonCodes) {
            reasons.merge(code, 1, Integer::sum);
        }
    }

    void failed(String label, String problem) {
        counts(label).orders++;
        counts(label).errors++;
        problem(problem);
    }

    void feedback(boolean accepted, String problem) {
        feedbackSent++;
        if (accepted) {
            feedbackAccepted++;
        } else {
            problem(problem);
        }
    }

    void registration(boolean accepted, String problem) {
        registrationsSent++;
        if (accepted) {
            registrationsAccepted++;
        } else {
            problem(problem);
        }
    }

    private void problem(String problem) {
        problemCount++;
        if (problems.size() < 5) {
            problems.add(problem);
        }
    }

    public List<LabelCounts> labels() {
        return List.copyOf(labels.values());
    }

    public LabelCounts label(String label) {
        return labels.get(label);
    }

    public int feedbackSent() {
        return feedbackSent;
    }

    public int registrationsSent() {
        return registrationsSent;
    }

    public int registrationsAccepted() {
        return registrationsAccepted;
    }

    public int feedbackAccepted() {
        return feedbackAccepted;
    }

    /** Orders with REVIEW or NG among the screened fraud orders. */
    public double fraudFlaggedShare() {
        return share(true, LabelCounts::flagged);
    }

    public double legitFlaggedShare() {
        return share(false, LabelCounts::flagged);
    }

    public double legitNgShare() {
        return share(false, LabelCounts::ng);
    }

    /**
     * Screened fraud orders answered with no reason at all. No policy flags them without flagging every order like them,
     * so one minus this is the most of the fraud any weighing of this engine's reasons could flag.
     */
    public double fraudWithoutSignalShare() {
        return share(true, c -> c.silent);
    }

    private double share(boolean fraud, java.util.function.ToIntFunction<LabelCounts> part) {
        int screened = 0;
        int counted = 0;
        for (LabelCounts c : labels.values()) {
            if (c.isFraud() == fraud) {
                screened += c.screened();
                counted += part.applyAsInt(c);
            }
        }
        return screened == 0 ? Double.NaN : (double) counted / screened;
    }

    private LabelCounts total(boolean fraud) {
        LabelCounts t = new LabelCounts(fraud ? "fraud, all" : "legit, all");
        for (LabelCounts c : labels.values()) {
            if (c.isFraud() == fraud) {
                t.orders += c.orders;
                t.ok += c.ok;
                t.review += c.review;
                t.ng += c.ng;
                t.errors += c.errors;
                t.silent += c.silent;
                c.reasonsFlagged.forEach((k, v) -> t.reasonsFlagged.merge(k, v, Integer::sum));
                c.reasonsUnflagged.forEach((k, v) -> t.reasonsUnflagged.merge(k, v, Integer::sum));
            }
        }
        return t;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        int orders = labels.values().stream().mapToInt(LabelCounts::orders).sum();
        out.append(String.format(Locale.ROOT, "replay of %s to %s: %d orders, %d feedback%n", source, target, orders, feedbackSent));
        String format = "%-32s %7s %7s %7s %7s %7s %9s%n";
        out.append(String.format(Locale.ROOT, format, "label", "orders", "OK", "REVIEW", "NG", "errors", "flagged"));
        LabelCounts legit = total(false);
        LabelCounts fraud = total(true);
        boolean fraudRows = false;
        for (LabelCounts c : labels.values()) {
            if (c.isFraud() && !fraudRows) {
                row(out, format, legit);
                fraudRows = true;
            }
            row(out, format, c);
        }
        if (!fraudRows) {
            row(out, format, legit);
        }
        row(out, format, fraud);
        out.append(String.format(Locale.ROOT, "%nfeedback: %d sent, %d accepted%n", feedbackSent, feedbackAccepted));
        if (registrationsSent > 0) {
            out.append(String.format(Locale.ROOT, "affiliate registrations: %d sent, %d accepted%n", registrationsSent, registrationsAccepted));
        }
        if (problemCount > 0) {
            out.append(String.format(Locale.ROOT, "%d orders, feedback or registrations failed; the shares below cover only the orders screened. First:%n",
                    problemCount));
            problems.forEach(p -> out.append("  ").append(p).append('\n'));
        }
        out.append('\n');
        figure(out, "fraud flagged (REVIEW or NG)", fraudFlaggedShare(), ">=", FRAUD_FLAGGED_BAR, fraudFlaggedShare() >= FRAUD_FLAGGED_BAR);
        figure(out, "legit flagged (REVIEW or NG)", legitFlaggedShare(), "<=", LEGIT_FLAGGED_BAR, legitFlaggedShare() <= LEGIT_FLAGGED_BAR);
        figure(out, "legit NG", legitNgShare(), "<=", LEGIT_NG_BAR, legitNgShare() <= LEGIT_NG_BAR);
        if (fraud.silent > 0) {
            out.append(String.format(Locale.ROOT, "fraud with no signal at all     %8s   %d orders with no reason: at most %s of fraud can be flagged%n",
                    percent(fraudWithoutSignalShare()), fraud.silent, percent(1 - fraudWithoutSignalShare())));
        }
        reasons(out, "reason codes on flagged legit orders", legit.reasonsFlagged, legit.flagged());
        reasons(out, "reason codes on fraud orders left OK", fraud.reasonsUnflagged, fraud.ok);
        return out.toString();
    }

    private static void row(StringBuilder out, String format, LabelCounts c) {
        out.append(String.format(Locale.ROOT, format, c.label, c.orders, c.ok, c.review, c.ng, c.errors, percent(share(c))));
    }

    private static double share(LabelCounts c) {
        return c.screened() == 0 ? Double.NaN : (double) c.flagged() / c.screened();
    }

    private static void figure(StringBuilder out, String name, double share, String op, double bar, boolean met) {
        out.append(String.format(Locale.ROOT, "%-30s %8s   bar %s %-7s %s%n", name, percent(share), op, percent(bar),
                Double.isNaN(share) ? "no orders" : met ? "met" : "missed"));
    }

    private static void reasons(StringBuilder out, String title, Map<String, Integer> reasons, int orders) {
        out.append(String.format(Locale.ROOT, "%n%s (%d orders; orders per code):%n", title, orders));
        if (reasons.isEmpty()) {
            out.append("  none\n");
            return;
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((code, n) -> out.append(String.format(Locale.ROOT, "  %-40s %6d%n", code, n)));
    }

    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "-";
        }
        double p = share * 100;
        return String.format(Locale.ROOT, p != 0 && p < 1 ? "%.2f %%" : "%.1f %%", p);
    }
}
