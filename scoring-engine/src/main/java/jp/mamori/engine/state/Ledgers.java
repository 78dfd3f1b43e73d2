package jp.mamori.engine.state;

import java.time.Duration;

/**
 * The state the engine keeps besides velocity and the negative list: who bought first-purchase-only items,
 * which cards were tried where, and the affiliates' own identities.
 */
public record Ledgers(FirstPurchaseLedger firstPurchases, CardAttempts cardAttempts, AffiliateLedger affiliates) {

    /**
     * Ledgers in memory: first purchases kept for {@code firstPurchaseLookback}, card attempts for
     * {@code cardAttemptWindow} (the policy's {@code first_purchase_lookback} and {@code card_testing.window}).
     */
    public static Ledgers inMemory(Duration firstPurchaseLookback, Duration cardAttemptWindow) {
        return new Ledgers(new InMemoryFirstPurchaseLedger(firstPurchaseLookback),
                new InMemoryCardAttempts(cardAttemptWindow), new InMemoryAffiliateLedger());
    }
}
