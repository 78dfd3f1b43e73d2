package jp.mamori.psp.authorization;

import java.time.Duration;

import jp.mamori.connector.ScreeningRequest;

/**
 * {@code POST /v1/authorizations} as read: the screening a PSP asks for before it authorizes a card, how long it
 * can wait for the answer, and its own reference to the payment, by which its later events are matched.
 *
 * @param merchantId the merchant a partner (a PSP acting for many) names; null when a merchant's own key is used
 * @param psp        null when the caller gave none
 */
public record AuthorizationRequest(ScreeningRequest screening, Duration deadline, PspReference psp, String merchantId) {

    /** The PSP's name for the payment: {@code provider} as configured ({@code stripe}, {@code adyen}, …). */
    public record PspReference(String provider, String reference) {
    }
}
