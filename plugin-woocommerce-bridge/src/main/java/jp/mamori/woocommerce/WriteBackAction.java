package jp.mamori.woocommerce;

/** What the write-back does to an order for a decision. Every action also writes Mamori's meta and a private note. */
public enum WriteBackAction {
    /** Leave the status alone. */
    NOTE,
    /** Set the order {@code on-hold}, which stops fulfilment until a clerk releases it. */
    HOLD,
    /** Set the order {@code cancelled}; WooCommerce then restocks and may e-mail the buyer, so shops opt in. */
    CANCEL
}
