package jp.mamori.engine;

/**
 * A stable, non-reversible key for one identity of a buyer: {@code HMAC-SHA256(pepper, kind ":" normalized)}
 * in hex. Velocity, history and the negative list hold these, never the raw values.
 */
public record IdentityKey(IdentityKind kind, String hash) {
}
