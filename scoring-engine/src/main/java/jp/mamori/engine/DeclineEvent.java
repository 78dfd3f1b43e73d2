package jp.mamori.engine;

import java.time.Instant;
import java.util.List;

/**
 * A {@link Decline} as the engine remembers it: the identity keys of its email, IP address, device and card, and
 * the card's BIN and last four digits. The caller stores this (never the raw decline) to give it back to
 * {@link ScoringEngine#remember(DeclineEvent)} when state is rebuilt.
 */
public record DeclineEvent(String merchantId, Instant at, List<IdentityKey> keys, String cardBin, String cardLast4) {

    public DeclineEvent {
        keys = List.copyOf(keys);
    }
}
