package jp.mamori.engine.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.mamori.connector.AffiliateIdentity;
import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKeys;
import jp.mamori.engine.IdentityKind;

/**
 * The keys of an affiliate's registered identity, keyed as an order of that person would be. A field given that
 * yields no key (a phone number that is none, an address in which no municipality or town can be read) is refused
 * by name: registering less than the merchant sent would miss the self-referrals it meant to catch, and nobody
 * would know.
 */
public final class AffiliateRegistration {

    private AffiliateRegistration() {
    }

    public static List<IdentityKey> keys(IdentityKeys identityKeys, AffiliateIdentity identity) {
        ScreeningRequest asOrder = new ScreeningRequest(null, Instant.EPOCH, null, identity.asBuyer(), identity.address(),
                List.of(), List.of(), null, null, null);
        List<IdentityKey> keys = identityKeys.of(asOrder).stream()
                .filter(key -> AffiliateMemory.OWN_KINDS.contains(key.kind()))
                .toList();
        Set<IdentityKind> given = EnumSet.noneOf(IdentityKind.class);
        keys.forEach(key -> given.add(key.kind()));
        List<FieldError> mistakes = new ArrayList<>();
        if (isGiven(identity.email()) && !given.contains(IdentityKind.EMAIL)) {
            mistakes.add(new FieldError("email", "not an email address that can receive mail"));
        }
        if (isGiven(identity.phone()) && !given.contains(IdentityKind.PHONE)) {
            mistakes.add(new FieldError("phone", "not a phone number"));
        }
        if (identity.address() != null && !given.contains(IdentityKind.ADDRESS)) {
            mistakes.add(new FieldError("address", "not an address that can be placed: no municipality or town could be read"));
        }
        if (keys.isEmpty() && mistakes.isEmpty()) {
            mistakes.add(new FieldError("", "gives no identity; give an email, phone or address"));
        }
        if (!mistakes.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELD, mistakes);
        }
        return keys;
    }

    private static boolean isGiven(String text) {
        return text != null && !text.isBlank();
    }
}
