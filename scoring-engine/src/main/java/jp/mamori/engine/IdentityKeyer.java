package jp.mamori.engine;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Turns normalized identity values into {@link IdentityKey}s with a secret pepper. Thread-safe. */
public final class IdentityKeyer {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec pepper;
    private final ThreadLocal<Mac> macs;

    public IdentityKeyer(byte[] pepper) {
        if (pepper.length < 16) {
            throw new IllegalArgumentException("the pepper must be at least 16 bytes");
        }
        this.pepper = new SecretKeySpec(pepper.clone(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(pepper);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    public IdentityKey key(IdentityKind kind, String normalized) {
        byte[] input = (kind.label() + ":" + normalized).getBytes(StandardCharsets.UTF_8);
        return new IdentityKey(kind, HexFormat.of().formatHex(macs.get().doFinal(input)));
    }
}
