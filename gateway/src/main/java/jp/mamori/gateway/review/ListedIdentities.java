package jp.mamori.gateway.review;

import java.util.List;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;

/** Which identities of a confirmed fraud go on the shared negative list. */
final class ListedIdentities {

    private ListedIdentities() {
    }

    /**
     * All of the order's keys but its IP address: carriers share one address among many phones
     * (CGNAT) and hand it to someone else tomorrow, so listing it would refuse strangers' orders.
     */
    static List<IdentityKey> of(List<IdentityKey> keys) {
        return keys.stream().filter(key -> key.kind() != IdentityKind.IP).toList();
    }
}
