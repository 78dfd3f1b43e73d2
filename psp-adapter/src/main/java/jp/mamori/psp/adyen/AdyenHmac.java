package jp.mamori.psp.adyen;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.mamori.connector.signature.Encoding;
import jp.mamori.connector.signature.HmacSignatures;
import jp.mamori.connector.signature.Secret;
import jp.mamori.connector.signature.Verification;

/**
 * Checks the HMAC Adyen puts on each item of a standard notification: base64 of HMAC-SHA256, under the hex-decoded
 * key shown in the Customer Area, over the item's {@link AdyenNotificationItem#signedString()}. Each item is signed
 * on its own, so one batch may hold a valid item beside a forged one. Any listed key will do, for rotation.
 */
public final class AdyenHmac {

    private final HmacSignatures signatures;

    /** {@code hexKeys}: the webhook's HMAC keys as Adyen shows them (64 hex digits), all accepted. */
    public AdyenHmac(List<String> hexKeys) {
        this.signatures = new HmacSignatures(Encoding.BASE64, hexKeys.stream().map(Secret::hex).toList());
    }

    public Verification verify(AdyenNotificationItem item) {
        return signatures.verify(item.signedString().getBytes(StandardCharsets.UTF_8), item.hmacSignature());
    }
}
