package jp.mamori.engine.state;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;

/**
 * Identities of confirmed fraud, shared by every merchant and held as identity keys only, never raw values.
 * Each merchant lists and removes its own entries; a match tells which kinds of identity matched, never who
 * listed them or why, so one merchant learns nothing about another's customers.
 */
public interface NegativeList {

    /**
     * Lists {@code key} for {@code sourceMerchant} from {@code at} until {@code expiresAt} ({@code null}: until
     * removed); {@code reason} is the merchant's note (chargeback, fraud confirmed). Listing again replaces it.
     */
    void register(IdentityKey key, String sourceMerchant, String reason, Instant at, Instant expiresAt);

    /** Takes {@code sourceMerchant}'s entry for {@code key} off the list; other merchants' entries stay. */
    void remove(IdentityKey key, String sourceMerchant);

    /** The kinds of the {@code keys} that some merchant has listed at {@code at}, in the order of {@link IdentityKind}. */
    Set<IdentityKind> matches(Collection<IdentityKey> keys, Instant at);
}
