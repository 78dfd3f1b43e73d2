package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.AddressFlag;

/** A hotel or a weekly/monthly mansion: somewhere the receiver will have left when the chargeback comes. */
public final class ShortStayAddressCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        OrderParts.addressesWhere(evidence.order(), a -> a.has(AddressFlag.HOTEL))
                .ifPresent(where -> findings.accept(Finding.of(ReasonCode.ADDRESS_HOTEL, where)));
        OrderParts.addressesWhere(evidence.order(), a -> a.has(AddressFlag.SHORT_STAY_MANSION))
                .ifPresent(where -> findings.accept(Finding.of(ReasonCode.ADDRESS_SHORT_STAY_MANSION, where)));
    }
}
