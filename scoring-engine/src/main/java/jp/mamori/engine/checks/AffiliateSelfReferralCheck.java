package jp.mamori.engine.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.Term;

/**
 * An affiliate buying through their own link to earn the commission: the order's customer account is the
 * affiliate's, or its identities (email, phone, address, card, device) are ones the affiliate registered or
 * ordered with under their own account.
 */
public final class AffiliateSelfReferralCheck implements Check {

    private static final Term ACCOUNT = new Term("customer account", "会員アカウント");

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        AffiliateSignals affiliate = evidence.affiliate();
        if (affiliate.affiliateId() == null || !affiliate.buyerIsAffiliate() && affiliate.ownKeysMatched().isEmpty()) {
            return;
        }
        List<Term> matched = new ArrayList<>();
        if (affiliate.buyerIsAffiliate()) {
            matched.add(ACCOUNT);
        }
        for (IdentityKind kind : affiliate.ownKeysMatched()) {
            matched.add(NegativeListCheck.term(kind));
        }
        findings.accept(Finding.of(ReasonCode.AFFILIATE_SELF_REFERRAL, affiliate.affiliateId(), Term.join(matched)));
    }
}
