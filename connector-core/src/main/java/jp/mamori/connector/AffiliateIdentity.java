package jp.mamori.connector;

/**
 * Who an affiliate is, as they signed up with the merchant or its ASP (affiliate service provider): name and
 * reading (a payout account holder's name is the reading), email, phone and home address. Any part may be null;
 * the shapes are those of a screening's buyer and billing address, so an affiliate is keyed as their orders are.
 */
public record AffiliateIdentity(PersonName name, String email, String phone, Address address) {

    /** The identity as the buyer of an order would carry it. */
    public Buyer asBuyer() {
        return new Buyer(name, email, phone, null, null);
    }
}
