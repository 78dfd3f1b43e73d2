package jp.mamori.gateway.auth;

/** Whose API key a request carries: a merchant's, or a partner's (a PSP acting for the merchants linked to it). */
public sealed interface Caller {

    record Merchant(String merchantId) implements Caller {
    }

    record Partner(String partnerId) implements Caller {
    }
}
