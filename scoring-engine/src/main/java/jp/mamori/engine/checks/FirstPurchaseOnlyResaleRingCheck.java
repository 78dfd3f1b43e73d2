package jp.mamori.engine.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.Term;

/**
 * A first-purchase-only item already bought twice or more by buyers linked to this order (a shared address,
 * device, phone, card, …): not one person trying a trial twice but a ring buying up the offer to resell it
 * (買い回り). Comes on top of {@link FirstPurchaseOnlyRepeatCheck}.
 */
public final class FirstPurchaseOnlyResaleRingCheck implements Check {

    /** Earlier linked orders from which a repeat is a ring: this order is at least the third. */
    static final int EARLIER_ORDERS = 2;

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        List<Term> items = new ArrayList<>();
        int most = 0;
        for (FirstPurchaseRepeat repeat : evidence.firstPurchaseRepeats()) {
            if (repeat.earlierOrders() >= EARLIER_ORDERS) {
                items.add(FirstPurchaseOnlyRepeatCheck.item(repeat.item()));
                most = Math.max(most, repeat.earlierOrders());
            }
        }
        if (!items.isEmpty()) {
            findings.accept(Finding.of(ReasonCode.FIRST_PURCHASE_ONLY_RESALE_RING, Term.join(items), most));
        }
    }
}
