package jp.mamori.engine.checks;

import java.util.Optional;
import java.util.function.Consumer;

import jp.mamori.connector.Address;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.Term;
import jp.mamori.engine.data.ForwardingServices;

/**
 * A parcel forwarding service's warehouse as the address, or its member code after an address: the goods go
 * abroad, where a buyer with a stolen card is out of reach. A listed warehouse is surer than a code alone,
 * and says it all: the code is reported only when no listed warehouse matched.
 */
public final class ForwardingServiceAddressCheck implements Check {

    private final ForwardingServices services;

    public ForwardingServiceAddressCheck(ForwardingServices services) {
        this.services = services;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Optional<Term> warehouses = OrderParts.addressesWhere(evidence.order(), services::isWarehouse);
        if (warehouses.isPresent()) {
            findings.accept(Finding.of(ReasonCode.ADDRESS_FORWARDING_SERVICE, warehouses.get()));
            return;
        }
        OrderParts.requestAddressesWhere(evidence.request(), ForwardingServiceAddressCheck::carriesCustomerCode)
                .ifPresent(where -> findings.accept(Finding.of(ReasonCode.ADDRESS_FORWARDING_CODE, where)));
    }

    private static boolean carriesCustomerCode(Address address) {
        boolean domestic = address.country() == null || address.country().isBlank() || address.country().equalsIgnoreCase("JP");
        return domestic && (ForwardingServices.hasCustomerCode(address.line2()) || ForwardingServices.hasCustomerCode(address.line1()));
    }
}
