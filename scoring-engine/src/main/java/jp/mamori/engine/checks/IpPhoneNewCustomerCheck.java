package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.connector.Buyer;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.PhoneNumber;
import jp.mamori.engine.normalize.PhoneType;

/**
 * A first-time customer on a 050 IP phone: such numbers come from an app in minutes and are dropped as fast.
 * A returning customer with one has already shown who they are, so only new customers count.
 */
public final class IpPhoneNewCustomerCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        if (isNewCustomer(evidence.request().buyer()) && isIpPhone(evidence.order().buyerPhone())) {
            findings.accept(Finding.of(ReasonCode.PHONE_IP_NEW_CUSTOMER));
        }
    }

    /** Whether the shop says this is the buyer's first order; not knowing counts as no, since being new is held against the order. */
    static boolean isNewCustomer(Buyer buyer) {
        return buyer != null && Boolean.TRUE.equals(buyer.isNewCustomer());
    }

    /** Whether the number is a 050 IP phone; {@link PayLaterThrowawayContactCheck} asks it too. */
    static boolean isIpPhone(PhoneNumber phone) {
        return phone != null && phone.type() == PhoneType.IP_PHONE;
    }
}
