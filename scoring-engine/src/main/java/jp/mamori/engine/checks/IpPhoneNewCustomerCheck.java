package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.connector.Buyer;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.PhoneType;

/**
 * A first-time customer on a 050 IP phone: such numbers come from an app in minutes and are dropped as fast.
 * A returning customer with one has already shown who they are, so only new customers count.
 */
public final class IpPhoneNewCustomerCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Buyer buyer = evidence.request().buyer();
        var phone = evidence.order().buyerPhone();
        if (buyer != null && Boolean.TRUE.equals(buyer.isNewCustomer()) && phone != null && phone.type() == PhoneType.IP_PHONE) {
            findings.accept(Finding.of(ReasonCode.PHONE_IP_NEW_CUSTOMER));
        }
    }
}
