package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.AddressFlag;

/**
 * Goods held for pickup (郵便局留め, 営業所止め): the receiver never has to be found at a home, which is
 * why resellers of stolen-card goods use it. Post office and carrier office are told apart for the clerk.
 */
public final class PickupHoldAddressCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        OrderParts.addressesWhere(evidence.order(), a -> a.has(AddressFlag.POST_OFFICE_HOLD))
                .ifPresent(where -> findings.accept(Finding.of(ReasonCode.ADDRESS_POST_OFFICE_HOLD, where)));
        OrderParts.addressesWhere(evidence.order(), a -> a.has(AddressFlag.CARRIER_OFFICE_HOLD))
                .ifPresent(where -> findings.accept(Finding.of(ReasonCode.ADDRESS_CARRIER_OFFICE_HOLD, where)));
    }
}
