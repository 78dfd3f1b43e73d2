package jp.mamori.engine.normalize;

import java.util.ArrayList;
import java.util.List;

import jp.mamori.connector.Buyer;
import jp.mamori.connector.Card;
import jp.mamori.connector.Device;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.Shipment;

/** Turns a screening request into its {@link NormalizedOrder}. Pure; thread-safe. */
public final class OrderNormalizer {

    private final AddressParser addresses;

    public OrderNormalizer(AddressParser addresses) {
        this.addresses = addresses;
    }

    /** The normalizer over the data shipped with Mamori. */
    public static OrderNormalizer bundled() {
        return new OrderNormalizer(AddressParser.bundled());
    }

    public NormalizedOrder normalize(ScreeningRequest request) {
        Buyer buyer = request.buyer();
        List<NormalizedOrder.Destination> destinations = new ArrayList<>(request.shipping().size());
        for (Shipment shipment : request.shipping()) {
            destinations.add(new NormalizedOrder.Destination(
                    PersonNames.normalize(shipment.name()),
                    PhoneNumbers.parse(shipment.phone()),
                    shipment.address() == null ? null : addresses.parse(shipment.address())));
        }
        Card card = request.payment() == null ? null : request.payment().card();
        Device device = request.device();
        return new NormalizedOrder(
                buyer == null ? NormalizedName.EMPTY : PersonNames.normalize(buyer.name()),
                buyer == null ? null : EmailAddress.parse(buyer.email()).orElse(null),
                buyer == null ? null : PhoneNumbers.parse(buyer.phone()),
                request.billingAddress() == null ? null : addresses.parse(request.billingAddress()),
                destinations,
                card == null ? "" : nullToEmpty(card.fingerprint()).strip(),
                device == null ? "" : nullToEmpty(device.cookieId()).strip(),
                device == null || device.ip() == null ? "" : IpAddresses.matchingForm(device.ip()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
