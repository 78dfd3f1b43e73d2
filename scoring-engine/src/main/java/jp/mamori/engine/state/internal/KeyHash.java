package jp.mamori.engine.state.internal;

/**
 * A 96-bit fingerprint of a string ({@link #high} 64 bits, {@link #low} 32), what the velocity tables keep
 * instead of the key itself. Keys are merchant ids joined to identity-key hashes, so a fingerprint this wide
 * makes two keys of one store colliding a non-event: with 10^9 keys held at once the chance that any two
 * share a fingerprint is about 10^18 / 2^97, below 10^-11. Never (0, 0), which marks an empty slot.
 *
 * <p>Two murmur3-style lanes over the characters, four to a 64-bit word, each finished with the murmur3
 * 64-bit mixer; the low lane is cut to 32 bits.
 */
public final class KeyHash {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final long C3 = 0x9E3779B97F4A7C15L;
    private static final long C4 = 0xC2B2AE3D27D4EB4FL;

    private KeyHash() {
    }

    /** The high 64 bits of the fingerprint of {@code s}. */
    public static long high(String s) {
        return hash(s, true);
    }

    /** The low 32 bits of the fingerprint of {@code s}, whose {@link #high} bits are {@code high}: never both zero. */
    public static int low(String s, long high) {
        int low = (int) hash(s, false);
        return high == 0 && low == 0 ? 1 : low;
    }

    private static long hash(String s, boolean highLane) {
        int n = s.length();
        long h = highLane ? 0x243F6A8885A308D3L : 0x13198A2E03707344L;
        long c1 = highLane ? C1 : C3;
        long c2 = highLane ? C2 : C4;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long k = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48;
            k *= c1;
            k = Long.rotateLeft(k, 31);
            k *= c2;
            h ^= k;
            h = Long.rotateLeft(h, 27) * 5 + 0x52dce729;
        }
        long k = 0;
        for (int shift = 0; i < n; i++, shift += 16) {
            k |= (long) s.charAt(i) << shift;
        }
        k *= c1;
        k = Long.rotateLeft(k, 31);
        k *= c2;
        h ^= k;
        h ^= n;
        return fmix(h);
    }

    private static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
