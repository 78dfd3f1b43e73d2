package jp.mamori.engine.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jp.mamori.connector.Address;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.Shipment;
import jp.mamori.engine.Term;
import jp.mamori.engine.normalize.JapaneseAddress;
import jp.mamori.engine.normalize.NormalizedOrder;
import jp.mamori.engine.normalize.PhoneNumber;

/**
 * Which addresses or phone numbers of an order something is true of, worded for the clerk: the billing
 * address and every shipment's, the buyer's phone and every recipient's. A check reports once however
 * many parts match (carts often copy the billing address into the shipment), naming them all.
 */
final class OrderParts {

    private static final Term BILLING_ADDRESS = new Term("billing address", "請求先住所");
    private static final Term BUYER_PHONE = new Term("buyer's phone number", "注文者の電話番号");

    private OrderParts() {
    }

    static Optional<Term> addressesWhere(NormalizedOrder order, Predicate<JapaneseAddress> test) {
        List<Term> parts = new ArrayList<>();
        if (order.billingAddress() != null && test.test(order.billingAddress())) {
            parts.add(BILLING_ADDRESS);
        }
        List<NormalizedOrder.Destination> destinations = order.destinations();
        for (int i = 0; i < destinations.size(); i++) {
            JapaneseAddress address = destinations.get(i).address();
            if (address != null && test.test(address)) {
                parts.add(numbered("shipping address", "配送先住所", i, destinations.size()));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(Term.join(parts));
    }

    /** {@link #addressesWhere} over the addresses as the request gave them, for checks that read what was typed. */
    static Optional<Term> requestAddressesWhere(ScreeningRequest request, Predicate<Address> test) {
        List<Term> parts = new ArrayList<>();
        if (request.billingAddress() != null && test.test(request.billingAddress())) {
            parts.add(BILLING_ADDRESS);
        }
        List<Shipment> shipping = request.shipping();
        for (int i = 0; i < shipping.size(); i++) {
            Address address = shipping.get(i).address();
            if (address != null && test.test(address)) {
                parts.add(numbered("shipping address", "配送先住所", i, shipping.size()));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(Term.join(parts));
    }

    static Optional<Term> phonesWhere(NormalizedOrder order, Predicate<PhoneNumber> test) {
        List<Term> parts = new ArrayList<>();
        if (order.buyerPhone() != null && test.test(order.buyerPhone())) {
            parts.add(BUYER_PHONE);
        }
        List<NormalizedOrder.Destination> destinations = order.destinations();
        for (int i = 0; i < destinations.size(); i++) {
            PhoneNumber phone = destinations.get(i).phone();
            if (phone != null && test.test(phone)) {
                parts.add(numbered("recipient's phone number", "配送先の電話番号", i, destinations.size()));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(Term.join(parts));
    }

    /** "shipping address" for the only shipment, "shipping address 2" for the second of several. */
    private static Term numbered(String en, String ja, int index, int count) {
        return count == 1 ? new Term(en, ja) : new Term(en + " " + (index + 1), ja + (index + 1));
    }
}
