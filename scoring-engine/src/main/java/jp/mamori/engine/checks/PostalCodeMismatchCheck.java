package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.AddressFlag;

/** A real postal code of another area: an address put together from parts, or copied carelessly. */
public final class PostalCodeMismatchCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        OrderParts.addressesWhere(evidence.order(), a -> a.has(AddressFlag.POSTAL_CODE_MISMATCH))
                .ifPresent(where -> findings.accept(Finding.of(ReasonCode.ADDRESS_POSTAL_CODE_MISMATCH, where)));
    }
}
