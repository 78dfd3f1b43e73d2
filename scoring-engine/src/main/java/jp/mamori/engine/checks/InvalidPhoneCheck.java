package jp.mamori.engine.checks;

import java.util.function.Consumer;

import jp.mamori.engine.ReasonCode;

/** A number the numbering plan does not allow: the buyer cannot be called about the order. */
public final class InvalidPhoneCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        // A made-up number is often invalid too; DummyPhoneCheck names it more precisely, so it is left to it.
        OrderParts.phonesWhere(evidence.order(), phone -> !phone.valid() && !phone.dummy())
                .ifPresent(which -> findings.accept(Finding.of(ReasonCode.PHONE_INVALID, which)));
    }
}
