package jp.mamori.connector;

/** What the shop should do with the order. */
public enum Decision {
    /** Ship it. */
    OK,
    /** Hold it for a person to look at. */
    REVIEW,
    /** Do not ship it. */
    NG
}
