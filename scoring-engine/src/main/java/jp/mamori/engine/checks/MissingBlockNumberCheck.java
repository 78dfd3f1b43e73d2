package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.AddressFlag;

/** An address without 丁目・番地・号: no parcel can be delivered to it, so it is incomplete or invented. */
public final class MissingBlockNumberCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        OrderParts.addressesWhere(evidence.order(), a -> a.has(AddressFlag.BLOCK_MISSING))
                .ifPresent(where -> findings.accept(Finding.of(ReasonCode.ADDRESS_BLOCK_MISSING, where)));
    }
}
