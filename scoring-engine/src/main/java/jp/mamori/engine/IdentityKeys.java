package jp.mamori.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.normalize.JapaneseAddress;
import jp.mamori.engine.normalize.NormalizedName;
import jp.mamori.engine.normalize.NormalizedOrder;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.normalize.PhoneNumber;

/**
 * The identity keys of a request: what velocity, history and the negative list store instead of raw values.
 * Each distinct normalized value gives one key, so billing and shipping to the same place give one address key.
 * Thread-safe.
 */
public final class IdentityKeys {

    private final OrderNormalizer normalizer;
    private final IdentityKeyer keyer;

    public IdentityKeys(OrderNormalizer normalizer, IdentityKeyer keyer) {
        this.normalizer = normalizer;
        this.keyer = keyer;
    }

    public List<IdentityKey> of(ScreeningRequest request) {
        return of(normalizer.normalize(request));
    }

    public List<IdentityKey> of(NormalizedOrder order) {
        Set<Identity> identities = new LinkedHashSet<>();
        if (order.email() != null && order.email().hasValidSyntax()) {
            add(identities, IdentityKind.EMAIL, order.email().matchingForm());
        }
        person(identities, order.buyerName(), order.buyerPhone(), order.billingAddress());
        for (NormalizedOrder.Destination destination : order.destinations()) {
            person(identities, destination.name(), destination.phone(), destination.address());
        }
        add(identities, IdentityKind.CARD, order.cardFingerprint());
        add(identities, IdentityKind.DEVICE, order.deviceCookie());
        add(identities, IdentityKind.IP, order.ip());
        List<IdentityKey> keys = new ArrayList<>(identities.size());
        for (Identity identity : identities) {
            keys.add(keyer.key(identity.kind(), identity.normalized()));
        }
        return keys;
    }

    private static void person(Set<Identity> identities, NormalizedName name, PhoneNumber phone, JapaneseAddress address) {
        // A placeholder (090-1234-5678, 000-0000-0000) is typed by strangers by the thousand: as a key it would join
        // them in velocity and match one to another's listing on the shared negative list. PHONE_DUMMY tells it.
        String phoneForm = phone == null || phone.dummy() ? "" : phone.matchingForm();
        String addressForm = address == null ? "" : address.matchingForm();
        String nameForm = name.matchingForm();
        String kanaForm = name.kanaMatchingForm();
        add(identities, IdentityKind.PHONE, phoneForm);
        add(identities, IdentityKind.ADDRESS, addressForm);
        if (!addressForm.isEmpty() && !nameForm.isEmpty()) {
            add(identities, IdentityKind.NAME_ADDRESS, nameForm + "|" + addressForm);
        }
        if (!phoneForm.isEmpty() && !kanaForm.isEmpty()) {
            add(identities, IdentityKind.KANA_PHONE, kanaForm + "|" + phoneForm);
        }
    }

    private static void add(Set<Identity> identities, IdentityKind kind, String normalized) {
        if (normalized != null && !normalized.isEmpty()) {
            identities.add(new Identity(kind, normalized));
        }
    }

    private record Identity(IdentityKind kind, String normalized) {
    }
}
