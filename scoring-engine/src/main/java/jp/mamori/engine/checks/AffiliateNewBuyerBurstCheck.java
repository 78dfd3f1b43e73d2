package jp.mamori.engine.checks;

import java.time.Duration;
import java.util.function.Consumer;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.Term;

/**
 * Several "new" customers arriving through one affiliate from one device or one address: the affiliate (or a
 * helper) inventing first-time buyers for the new-customer commission, one every few hours or days. The device
 * is the surer sign, so it is reported when both are over their limits.
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
        Term window = span(settings.burstWindow());
        if (affiliate.newBuyersOnDevice() > settings.deviceLimit()) {
            findings.accept(Finding.of(ReasonCode.AFFILIATE_NEW_BUYER_BURST, affiliate.newBuyersOnDevice(), affiliate.affiliateId(),
                    NegativeListCheck.term(IdentityKind.DEVICE), window, settings.deviceLimit()));
        } else if (affiliate.newBuyersAtAddress() > settings.addressLimit()) {
            findings.accept(Finding.of(ReasonCode.AFFILIATE_NEW_BUYER_BURST, affiliate.newBuyersAtAddress(), affiliate.affiliateId(),
                    NegativeListCheck.term(IdentityKind.ADDRESS), window, settings.addressLimit()));
        }
    }

    /** The window as a clerk says it: "7 days" for whole days, else "36 hours". */
    static Term span(Duration window) {
        long hours = window.toHours();
        return hours % 24 == 0 ? new Term(hours / 24 + (hours == 24 ? " day" : " days"), hours / 24 + "日")
                : new Term(hours + (hours == 1 ? " hour" : " hours"), hours + "時間");
    }
}
