package jp.mamori.engine.state;

import java.time.Instant;
import java.util.function.LongConsumer;

/**
 * Who bought each first-purchase-only item (お一人様一回限り): per item of one merchant, the identity keys of
 * every order that bought it, so that the same person coming back under another email or name is recognised.
 * Orders are given as {@linkplain Fingerprints fingerprints} of their ids; the same key and order recorded
 * twice (a screening repeated for an updated order) count once.
 */
public interface FirstPurchaseLedger {

    /** Remembers that the order {@code order}, placed at {@code at}, bought {@code item} with the identity key {@code buyerKey}. */
    void add(String item, String buyerKey, long order, Instant at);

    /**
     * Gives every order other than {@code excluded} in which {@code buyerKey} bought {@code item} at
     * {@code from < t <= to}; an order may be given more than once.
     */
    void orders(String item, String buyerKey, long excluded, Instant from, Instant to, LongConsumer orders);
}
