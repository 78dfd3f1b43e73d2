package jp.mamori.engine.state;

/**
 * One card payment tried: an order paid by card, or a decline the PSP reported.
 *
 * @param bin6      the first six digits of the card number, -1 when unknown
 * @param last4     the last four digits, -1 when unknown
 * @param amountYen the amount in yen, -1 when unknown or in another currency
 * @param card      the {@linkplain Fingerprints fingerprint} of the card's identity key, 0 when there is none
 * @param declined  whether the PSP declined it
 */
public record CardAttempt(int bin6, int last4, long amountYen, long card, boolean declined) {
}
