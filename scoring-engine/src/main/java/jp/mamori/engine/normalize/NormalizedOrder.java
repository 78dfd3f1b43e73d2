package jp.mamori.engine.normalize;

import java.util.List;

/**
 * Everything of a screening request that identifies a person, normalized: what the identity keys are made
 * of, and what the 名寄せ checks look at. Absent parts are null (single values) or empty (lists).
 */
public record NormalizedOrder(
        NormalizedName buyerName,
        EmailAddress email,
        PhoneNumber buyerPhone,
        JapaneseAddress billingAddress,
        List<Destination> destinations,
        String cardFingerprint,
        String deviceCookie,
        String ip) {

    public NormalizedOrder {
        destinations = List.copyOf(destinations);
    }

    /** One shipment's recipient, phone and address. */
    public record Destination(NormalizedName name, PhoneNumber phone, JapaneseAddress address) {
    }
}
