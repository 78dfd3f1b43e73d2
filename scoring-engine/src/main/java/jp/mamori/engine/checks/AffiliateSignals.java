package jp.mamori.engine.checks;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jp.mamori.engine.IdentityKind;

/**
 * What state says about the affiliate an order came through.
 *
 * @param affiliateId        the affiliate, null when the order came through none
 * @param buyerIsAffiliate   the buyer's customer id is the affiliate id: the affiliate ordering under their own account
 * @param ownKeysMatched     kinds of this order's identity keys that are the affiliate's own
 * @param newBuyersOnDevice  different new buyers through this affiliate on this order's device within the window, this one included
 * @param newBuyersAtAddress the same at this order's address (the most of any of its addresses)
 */
public record AffiliateSignals(
        String affiliateId,
        boolean buyerIsAffiliate,
        Set<IdentityKind> ownKeysMatched,
        int newBuyersOnDevice,
        int newBuyersAtAddress) {

    public static final AffiliateSignals NONE = new AffiliateSignals(null, false, Set.of(), 0, 0);

    public AffiliateSignals {
        ownKeysMatched = Collections.unmodifiableSet(ownKeysMatched.isEmpty()
                ? EnumSet.noneOf(IdentityKind.class) : EnumSet.copyOf(ownKeysMatched));
    }
}
