package jp.mamori.engine.checks;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import jp.mamori.engine.IdentityKind;

/**
 * What state says about card testing around this order, this order included where it takes part. Where several of the
 * order's identities saw attempts, the one given is the one whose count goes furthest towards its
 * {@linkplain CardTestingSettings#limitFrom limit}.
 *
 * @param sequentialCards  the most different nearby last four digits of this card's BIN seen from one of the order's
 *                         device, IP address or email within the window (0 without a card)
 * @param bin              this card's BIN, for the message
 * @param sequentialWhere  the identity they were seen from (DEVICE, IP or EMAIL), null when none
 * @param smallOrders      the most small orders from one of the order's device or IP address, when this order is small
 * @param smallOrderCards  the different cards among those small orders
 * @param smallWhere       the identity they came from (DEVICE or IP), null when none
 * @param declines         declined payments within the decline window, per scope the order has
 */
public record CardTestingSignals(
        int sequentialCards,
        String bin,
        IdentityKind sequentialWhere,
        int smallOrders,
        int smallOrderCards,
        IdentityKind smallWhere,
        Map<DeclineScope, Integer> declines) {

    public static final CardTestingSignals NONE = new CardTestingSignals(0, null, null, 0, 0, null, Map.of());

    public CardTestingSignals {
        declines = declines.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(declines));
    }
}
