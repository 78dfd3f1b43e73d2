package jp.mamori.connector.internal;

import java.util.List;

import jp.mamori.connector.AffiliateIdentity;
import jp.mamori.connector.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * Maps the JSON of an affiliate's registration ({@code name}, {@code email}, {@code phone}, {@code address}) onto
 * an {@link AffiliateIdentity}, with the screening request's own readers for the name and the address, so that
 * both are validated, and their mistakes named, the same way.
 */
public final class AffiliateIdentityReader {

    private AffiliateIdentityReader() {
    }

    public static AffiliateIdentity read(JsonNode root, List<FieldError> errors) {
        JsonFields f = JsonFields.root(root, errors);
        AffiliateIdentity identity = new AffiliateIdentity(
                f.object("name", false, ScreeningRequestReader::name),
                f.string("email", 254, false),
                f.string("phone", 32, false),
                f.object("address", false, ScreeningRequestReader::address));
        f.refuseUnknown();
        if (errors.isEmpty() && identity.email() == null && identity.phone() == null && identity.address() == null) {
            // A name alone keys nothing: it is matched only together with an address or a phone number.
            errors.add(new FieldError("", "give at least one of email, phone and address"));
        }
        return identity;
    }
}
