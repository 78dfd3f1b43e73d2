package jp.mamori.engine.checks;

import java.time.Duration;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;

/**
 * At most {@code limit} different identities of kind {@code distinct} per identity of kind {@code identity}
 * within {@code window} (say, three cards per device in an hour); more gives {@code reason}.
 */
public record DistinctRule(ReasonCode reason, IdentityKind identity, IdentityKind distinct, Duration window, int limit) {
}
