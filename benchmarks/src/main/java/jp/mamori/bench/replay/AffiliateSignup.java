package jp.mamori.bench.replay;

import java.time.ZonedDateTime;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An affiliate joining a shop's programme: the identity they gave the ASP, which the shop registers with Mamori
 * ({@code PUT /admin/merchants/{id}/affiliates/{affiliate_id}}). It is their real one, fraudster or not: the
 * payout goes to their own bank account, so name, reading, home address and phone have to hold.
 */
record AffiliateSignup(ReplayLabel label, String merchant, String affiliateId, Shopper who, ZonedDateTime at) {

    /** The line of the set: label and shop as for an order, the affiliate id, and the body of the registration. */
    ObjectNode toJson(JsonMapper json) {
        ObjectNode line = json.createObjectNode();
        line.put("label", label.text());
        line.put("merchant", merchant);
        ObjectNode registration = line.putObject("registration");
        registration.put("affiliate_id", affiliateId);
        ObjectNode identity = registration.putObject("identity");
        Draft.name(identity.putObject("name"), who.family, who.given, who.familyKana, who.givenKana);
        identity.put("email", who.email);
        identity.put("phone", who.phone);
        Draft.address(identity.putObject("address"), who.home);
        line.put("at", Draft.TIMESTAMP.format(at));
        return line;
    }
}
