package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.normalize.PhoneNumber;

/** A number typed only to get past a required field (090-1234-5678, 03-0000-0000): the buyer does not want to be called. */
public final class DummyPhoneCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        OrderParts.phonesWhere(evidence.order(), PhoneNumber::dummy)
                .ifPresent(which -> findings.accept(Finding.of(ReasonCode.PHONE_DUMMY, which)));
    }
}
