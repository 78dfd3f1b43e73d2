package jp.mamori.engine.checks;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jp.mamori.engine.IdentityKind;

/**
 * A first-purchase-only item of this order that the merchant already sold to someone linked to this buyer.
 *
 * @param item          the item as the clerk knows it: its name, else its SKU
 * @param matchedKinds  the kinds of this order's identity keys that an earlier buyer of the item had
 * @param earlierOrders how many earlier orders of the item share a key with this one
 */
public record FirstPurchaseRepeat(String item, Set<IdentityKind> matchedKinds, int earlierOrders) {

    public FirstPurchaseRepeat {
        matchedKinds = Collections.unmodifiableSet(matchedKinds.isEmpty()
                ? EnumSet.noneOf(IdentityKind.class) : EnumSet.copyOf(matchedKinds));
    }
}
