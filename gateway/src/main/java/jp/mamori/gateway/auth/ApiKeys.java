package jp.mamori.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import jp.mamori.connector.Sha256;

/**
 * API keys of merchants ({@code mk_}) and partners ({@code pk_}): 256 random bits behind a prefix that says whose
 * key it is. Only their SHA-256 is stored; a key this long needs no salt or slow hash, since guessing it is hopeless
 * either way.
 */
public final class ApiKeys {

    private static final String MERCHANT_PREFIX = "mk_";
    private static final String PARTNER_PREFIX = "pk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String generate() {
        return MERCHANT_PREFIX + randomBits();
    }

    public static String generatePartnerKey() {
        return PARTNER_PREFIX + randomBits();
    }

    /** Whether a presented key is a partner's, by its prefix: which table to look it up in. */
    public static boolean isPartnerKey(String apiKey) {
        return apiKey.startsWith(PARTNER_PREFIX);
    }

    private static String randomBits() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String apiKey) {
        return Sha256.hex(apiKey.getBytes(StandardCharsets.UTF_8));
    }

    /** A short random id with a type prefix, such as {@code key_3f9a…}. */
    public static String newId(String prefix) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
