package jp.mamori.gateway.review;

/** A clerk's verdict on a screening. */
public enum Resolution {
    /** Ship it: the order is genuine. */
    OK,
    /** Refuse it: the order is fraud, and its identities go on the shared negative list. */
    NG,
    /** Not decided yet (waiting for the buyer to answer a call): the screening stays in the queue. */
    HOLD;

    /** Whether this verdict takes the screening out of the review queue. */
    public boolean resolves() {
        return this != HOLD;
    }
}
