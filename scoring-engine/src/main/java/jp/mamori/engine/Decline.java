package jp.mamori.engine;

import java.time.Instant;

/**
 * A card payment the PSP declined, as its adapter reports it: whatever it knows of who tried. Any part may be
 * null. Given to {@link ScoringEngine#recordDecline}, it counts towards the card-testing checks of the
 * orders that follow; the raw values are keyed like an order's and never kept.
 */
public record Decline(Instant at, String email, String ip, String deviceCookie, String cardBin, String cardLast4,
                      String cardFingerprint) {
}
