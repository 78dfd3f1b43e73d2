package jp.mamori.engine.checks;

import java.time.Duration;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;

/** At most {@code limit} orders per identity of one kind within {@code window}; more gives {@code reason}. */
public record VelocityRule(ReasonCode reason, IdentityKind identity, Duration window, int limit) {
}
