package jp.mamori.engine.state;

import java.util.Collection;

/**
 * The affiliates of each merchant (under {@code merchant|affiliate id}) and their own identity keys: those the
 * merchant registered for an affiliate, and those of orders the affiliate placed under their own customer
 * account. An order through an affiliate whose keys match the buyer's is the affiliate buying for commission.
 * The two kinds are kept apart because only a registration can be withdrawn: the merchant corrects or deletes
 * what it registered, while what the affiliate's own orders showed stays true of them.
 */
public interface AffiliateLedger {

    /** Remembers that orders come through {@code affiliate}, so that its own orders are recognised later. */
    void addAffiliate(String affiliate);

    /** Whether orders have come through {@code affiliate}, or it has keys of its own (learnt or registered). */
    boolean isAffiliate(String affiliate);

    /** Remembers {@code key} (an identity key hash) of an order the affiliate placed under their own account. */
    void addOwnKey(String affiliate, String key);

    /** Makes {@code keys} (identity key hashes) the ones registered for {@code affiliate}, in place of any registered before. */
    void register(String affiliate, Collection<String> keys);

    /** Withdraws {@code affiliate}'s registered keys; what its orders showed stays. */
    void unregister(String affiliate);

    /** Whether {@code key} is one of {@code affiliate}'s own: registered, or seen on their own orders. */
    boolean isOwnKey(String affiliate, String key);
}
