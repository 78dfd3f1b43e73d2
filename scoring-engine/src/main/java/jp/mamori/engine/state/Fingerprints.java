package jp.mamori.engine.state;

/**
 * 64-bit fingerprints of the strings state is kept under (identity key hashes, order ids), so that in-memory
 * stores hold a {@code long} instead of a 64-character string. Never 0, which the stores use for "empty".
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** 64-bit FNV-1a: the inputs are HMACs or ids of one merchant, so a collision is not a practical concern. */
    public static long of(String value) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            hash ^= value.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }
}
