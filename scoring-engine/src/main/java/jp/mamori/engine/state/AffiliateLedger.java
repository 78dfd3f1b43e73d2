package jp.mamori.engine.state;

/**
 * The affiliates of each merchant (under {@code merchant|affiliate id}) and their own identity keys: those the
 * merchant registered for an affiliate, and those of orders the affiliate placed under their own customer
 * account. An order through an affiliate whose keys match the buyer's is the affiliate buying for commission.
 */
public interface AffiliateLedger {

    /** Remembers that orders come through {@code affiliate}, so that its own orders are recognised later. */
    void addAffiliate(String affiliate);

    /** Whether orders have come through {@code affiliate}, or it has keys of its own. */
    boolean isAffiliate(String affiliate);

    /** Remembers {@code key} (an identity key hash) as one of {@code affiliate}'s own. */
    void addOwnKey(String affiliate, String key);

    /** Whether {@code key} is one of {@code affiliate}'s own. */
    boolean isOwnKey(String affiliate, String key);
}
