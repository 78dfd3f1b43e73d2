package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.AddressFlag;

/** A post office box (私書箱): mail reaches it, but it says nothing about where the buyer lives. */
public final class PoBoxAddressCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        OrderParts.addressesWhere(evidence.order(), a -> a.has(AddressFlag.PO_BOX))
                .ifPresent(where -> findings.accept(Finding.of(ReasonCode.ADDRESS_PO_BOX, where)));
    }
}
