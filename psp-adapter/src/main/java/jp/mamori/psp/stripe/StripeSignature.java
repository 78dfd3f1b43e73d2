package jp.mamori.psp.stripe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.connector.signature.Encoding;
import jp.mamori.connector.signature.HmacSignatures;
import jp.mamori.connector.signature.Secret;
import jp.mamori.connector.signature.Verification;

/**
 * Checks Stripe's {@code Stripe-Signature} header, {@code t=<unix seconds>,v1=<hex>[,v1=<hex>…]}: HMAC-SHA256 under
 * an endpoint's signing secret (its UTF-8 text, {@code whsec_} included) over {@code t + "." + the raw body}. Any
 * listed secret and any {@code v1} will do: Stripe sends one {@code v1} per secret while the endpoint's secret is
 * rolled, and we list ours while we roll it. Other schemes ({@code v0}, Stripe's test-mode one) are not signatures
 * to us. A signature more than 300 s from now, either way, is a replay.
 */
public final class StripeSignature {

    /** Stripe's own libraries' default. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final HmacSignatures signatures;

    /** {@code secrets}: the endpoint's signing secrets ({@code whsec_…}), all accepted. */
    public StripeSignature(List<String> secrets) {
        this.signatures = new HmacSignatures(Encoding.HEX, secrets.stream().map(Secret::utf8).toList());
    }

    /** Whether {@code header} (null when absent) signs {@code body} as received, at {@code now}. */
    public Verification verify(byte[] body, String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Verification.MISSING;
        }
        Long timestamp = null;
        List<String> v1 = new ArrayList<>();
        for (String element : header.split(",")) {
            int equals = element.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = element.substring(0, equals).trim();
            String value = element.substring(equals + 1).trim();
            if (key.equals("t")) {
                if (timestamp != null) {
                    return Verification.INVALID; // two timestamps: which one was signed is anyone's guess
                }
                timestamp = parseSeconds(value);
                if (timestamp == null) {
                    return Verification.INVALID;
                }
            } else if (key.equals("v1")) {
                v1.add(value);
            }
        }
        if (timestamp == null) {
            return v1.isEmpty() ? Verification.MISSING : Verification.INVALID;
        }
        return signatures.verify(signedPayload(timestamp, body), v1, timestamp, now, TOLERANCE);
    }

    private static byte[] signedPayload(long timestamp, byte[] body) {
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] payload = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, payload, 0, prefix.length);
        System.arraycopy(body, 0, payload, prefix.length, body.length);
        return payload;
    }

    private static Long parseSeconds(String value) {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(value);
    }
}
