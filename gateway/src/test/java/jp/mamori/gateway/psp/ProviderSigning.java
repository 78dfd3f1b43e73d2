package jp.mamori.gateway.psp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs events as the providers do, for tests that play the provider. */
final class ProviderSigning {

    private ProviderSigning() {
    }

    /** A {@code Stripe-Signature} header for {@code body} at {@code unixSeconds}. */
    static String stripe(String secret, long unixSeconds, String body) {
        byte[] mac = hmac(secret.getBytes(StandardCharsets.UTF_8), unixSeconds + "." + body);
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(mac);
    }

    /** An Adyen item's {@code hmacSignature} over its signed fields, under a hex key. */
    static String adyen(String hexKey, String pspReference, String originalReference, String merchantAccount,
                        String merchantReference, long value, String currency, String eventCode, String success) {
        String signed = String.join(":", pspReference, originalReference, merchantAccount, merchantReference,
                Long.toString(value), currency, eventCode, success);
        return Base64.getEncoder().encodeToString(hmac(HexFormat.of().parseHex(hexKey), signed));
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
