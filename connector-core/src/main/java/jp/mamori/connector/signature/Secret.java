package jp.mamori.connector.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key shared with a webhook sender. Its bytes never leave this object, which only signs with
 * them, and it never shows itself in a log line or an exception.
 */
public final class Secret {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private final SecretKeySpec key;

    private Secret(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("a secret must not be empty");
        }
        this.key = new SecretKeySpec(key, HMAC_SHA256);
    }

    /** A secret made of these bytes (copied). */
    public static Secret of(byte[] key) {
        return new Secret(key);
    }

    /** A secret typed as text, as WooCommerce, EC-CUBE and Stripe show theirs: the key is its UTF-8 bytes. */
    public static Secret utf8(String text) {
        return new Secret(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A key written in hex, as Adyen shows its HMAC keys: the key is the decoded bytes, not the text. */
    public static Secret hex(String hex) {
        byte[] key;
        try {
            key = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            // Not chained: the parser's message quotes the offending character, a piece of the secret.
            throw new IllegalArgumentException("a hex key must be an even number of hex digits");
        }
        return new Secret(key);
    }

    /** HMAC-SHA256 of {@code data} under this secret. */
    byte[] sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            // Every Java runtime ships HmacSHA256, and it takes any non-empty key.
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
