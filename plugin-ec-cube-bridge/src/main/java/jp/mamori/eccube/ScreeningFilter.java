package jp.mamori.eccube;

import java.util.Set;

/**
 * Which of a shop's orders to screen. EC-CUBE creates the order row when checkout starts, in status
 * 8 (購入処理中), and updates it at every step; such an order is a cart, not an order yet, so it is never
 * screened whatever a shop configures. Of the rest, a shop screens the statuses it names, by default
 * 1 (新規受付) and 6 (入金済み); and an order whose content was screened already is not screened again.
 */
public final class ScreeningFilter {

    /** 購入処理中: checkout has not finished. */
    public static final int PROCESSING = 8;
    /** 新規受付 and 入金済み. */
    public static final Set<Integer> DEFAULT_STATUSES = Set.of(1, 6);

    /** What to do with one order. */
    public enum Verdict {
        /** Never screened before: screen it. */
        SCREEN,
        /** Screened before, but what screening looks at has changed: screen again. */
        RESCREEN,
        /** This content was screened already (a status change, a shipping date, Mamori's write-back). */
        SKIP_UNCHANGED,
        /** The shop does not screen orders in this status. */
        SKIP_STATUS;

        public boolean screens() {
            return this == SCREEN || this == RESCREEN;
        }
    }

    private final Set<Integer> statuses;

    /** {@code statuses}: EC-CUBE {@code OrderStatus} ids to screen; 8 is refused. */
    public ScreeningFilter(Set<Integer> statuses) {
        if (statuses.contains(PROCESSING)) {
            throw new IllegalArgumentException("status 8 (購入処理中) is a checkout in progress and is never screened");
        }
        this.statuses = Set.copyOf(statuses);
    }

    /** Whether an order in this status is screened at all; lets a caller skip fetching or translating it. */
    public boolean screensStatus(int statusId) {
        return statuses.contains(statusId);
    }

    /** {@code lastScreened}: the fingerprint of the content last screened for this order, or null. */
    public Verdict decide(EcCubeOrder order, String lastScreened) {
        if (lastScreened != null && order.content().matches(lastScreened)) {
            return Verdict.SKIP_UNCHANGED;
        }
        if (!screensStatus(order.statusId())) {
            return Verdict.SKIP_STATUS;
        }
        return lastScreened != null ? Verdict.RESCREEN : Verdict.SCREEN;
    }
}
