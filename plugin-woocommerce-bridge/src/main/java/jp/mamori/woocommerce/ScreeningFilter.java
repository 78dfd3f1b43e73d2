package jp.mamori.woocommerce;

import java.util.Set;

/**
 * Which of a shop's order deliveries to screen. An order is screened when its status is one the shop
 * screens and its payment method is allowed (an empty allow-list allows all), unless its content was
 * screened already: the same order is delivered again and again (order.created and order.updated
 * together, every status change, Mamori's own write-back), and only a change of what screening looks
 * at deserves a new screening.
 */
public final class ScreeningFilter {

    /** The statuses screened unless a shop says otherwise: paid, awaiting payment, or held by the shop. */
    public static final Set<String> DEFAULT_STATUSES = Set.of("processing", "on-hold", "pending");

    /** What to do with one delivery. */
    public enum Verdict {
        /** Never screened before: screen it. */
        SCREEN,
        /** Screened before, but what screening looks at has changed (address, items, amount…): screen again. */
        RESCREEN,
        /** The body carries Mamori's stamp for exactly this content: the echo of its own write-back. */
        SKIP_OWN_WRITE_BACK,
        /** This content was screened already (a redelivery, or a change screening does not look at). */
        SKIP_UNCHANGED,
        /** The shop does not screen orders in this status (completed, cancelled, refunded…). */
        SKIP_STATUS,
        /** The shop screens only some payment methods, and not this one. */
        SKIP_PAYMENT_METHOD;

        public boolean screens() {
            return this == SCREEN || this == RESCREEN;
        }
    }

    private final Set<String> statuses;
    private final Set<String> paymentMethods;

    /** {@code paymentMethods}: WooCommerce gateway ids to screen ({@code stripe}, {@code bacs}…), empty for all. */
    public ScreeningFilter(Set<String> statuses, Set<String> paymentMethods) {
        this.statuses = Set.copyOf(statuses);
        this.paymentMethods = Set.copyOf(paymentMethods);
    }

    /**
     * Decides for one delivery. {@code lastScreened} is the fingerprint of the content the bridge last
     * screened for this order, as its own records know it, or null; the order's stamp is consulted
     * too, so a bridge that lost its records still does not screen its own write-back.
     */
    public Verdict decide(WooOrder order, String lastScreened) {
        MamoriStamp stamp = order.stamp();
        if (stamp != null && order.content().matches(stamp.fingerprint())) {
            return Verdict.SKIP_OWN_WRITE_BACK;
        }
        if (lastScreened != null && order.content().matches(lastScreened)) {
            return Verdict.SKIP_UNCHANGED;
        }
        if (!statuses.contains(order.status())) {
            return Verdict.SKIP_STATUS;
        }
        if (!paymentMethods.isEmpty() && !paymentMethods.contains(order.paymentMethod())) {
            return Verdict.SKIP_PAYMENT_METHOD;
        }
        return stamp != null || lastScreened != null ? Verdict.RESCREEN : Verdict.SCREEN;
    }
}
