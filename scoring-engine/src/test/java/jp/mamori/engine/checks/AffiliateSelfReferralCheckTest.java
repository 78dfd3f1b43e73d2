package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.api.Test;

class AffiliateSelfReferralCheckTest {

    private final AffiliateSelfReferralCheck check = new AffiliateSelfReferralCheck();

    @Test
    void theAffiliatesOwnAccountIsNamedFirst() {
        Finding finding = inspect(new AffiliateSignals("C-7788", true, EnumSet.of(IdentityKind.EMAIL), 1, 1)).get(0);

        assertThat(finding).isEqualTo(Finding.of(ReasonCode.AFFILIATE_SELF_REFERRAL, "C-7788",
                new Term("customer account and email address", "会員アカウントとメールアドレス")));
        assertThat(finding.message()).isEqualTo("The order came through affiliate C-7788, whose own customer account and email "
                + "address matches this buyer's: the affiliate is buying through their own link.");
    }

    @Test
    void theAffiliatesKeysUnderAnotherAccount() {
        assertThat(inspect(new AffiliateSignals("a8-00123", false, EnumSet.of(IdentityKind.PHONE, IdentityKind.ADDRESS), 1, 1)))
                .containsExactly(Finding.of(ReasonCode.AFFILIATE_SELF_REFERRAL, "a8-00123",
                        new Term("phone number and address", "電話番号と住所")));
    }

    @Test
    void aReferredBuyerWhoIsSomeoneElseIsNothing() {
        assertThat(inspect(new AffiliateSignals("a8-00123", false, Set.of(), 1, 1))).isEmpty();
        assertThat(inspect(AffiliateSignals.NONE)).isEmpty();
    }

    private List<Finding> inspect(AffiliateSignals signals) {
        return Evidences.inspect(check, Evidences.withAffiliate(SampleOrders.order().build(), signals));
    }
}
