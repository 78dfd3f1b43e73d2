package jp.mamori.connector.signature;

/**
 * The outcome of checking a webhook's signature. Only {@link #VALID} may be processed; the others
 * are all refused, but counted apart because they point at different causes.
 */
public enum Verification {
    /** Signed with an accepted secret, and recent enough when a timestamp is signed too. */
    VALID,
    /** No signature was presented: usually a sender with no secret configured. */
    MISSING,
    /** A signature that no accepted secret produces, or that is not even well-formed: a wrong secret or a forgery. */
    INVALID,
    /** Correctly signed, but the signed timestamp is outside the tolerance: a replay or a badly delayed delivery. */
    EXPIRED
}
