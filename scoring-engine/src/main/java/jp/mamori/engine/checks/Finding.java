package jp.mamori.engine.checks;

import java.util.List;

import jp.mamori.engine.ReasonCode;

/** A check's observation before the policy weighs it: the reason and the details its message needs. */
public record Finding(ReasonCode code, List<Object> details) {

    public static Finding of(ReasonCode code, Object... details) {
        return new Finding(code, List.of(details));
    }

    public String message() {
        return code.message(details.toArray());
    }

    public String messageJa() {
        return code.messageJa(details.toArray());
    }
}
