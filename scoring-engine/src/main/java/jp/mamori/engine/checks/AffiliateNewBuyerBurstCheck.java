package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;

/**
 * Many "new" customers arriving through one affiliate from one device or one address: the affiliate (or a
 * helper) inventing first-time buyers for the new-customer commission. The device is the surer sign, so it is
 * reported when both are over their limits.
 */
public final class AffiliateNewBuyerBurstCheck implements Check {

    private final AffiliateSettings settings;

    public AffiliateNewBuyerBurstCheck(AffiliateSettings settings) {
        this.settings = settings;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        AffiliateSignals affiliate = evidence.affiliate();
        if (affiliate.affiliateId() == null) {
            return;
        }
        long hours = settings.burstWindow().toHours();
        if (affiliate.newBuyersOnDevice() > settings.deviceLimit()) {
            findings.accept(Finding.of(ReasonCode.AFFILIATE_NEW_BUYER_BURST, affiliate.newBuyersOnDevice(), affiliate.affiliateId(),
                    NegativeListCheck.term(IdentityKind.DEVICE), hours, settings.deviceLimit()));
        } else if (affiliate.newBuyersAtAddress() > settings.addressLimit()) {
            findings.accept(Finding.of(ReasonCode.AFFILIATE_NEW_BUYER_BURST, affiliate.newBuyersAtAddress(), affiliate.affiliateId(),
                    NegativeListCheck.term(IdentityKind.ADDRESS), hours, settings.addressLimit()));
        }
    }
}
