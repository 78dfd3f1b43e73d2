package jp.mamori.engine.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.connector.Item;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.OrderFacts;
import jp.mamori.engine.checks.FirstPurchaseRepeat;
import jp.mamori.engine.state.FirstPurchaseLedger;
import jp.mamori.engine.state.Fingerprints;

/**
 * Gathers and records what the {@link FirstPurchaseLedger} knows: per merchant and first-purchase-only item,
 * which person keys (email, phone, name at the address, reading with the phone, card, address, device) bought
 * it, and in which orders. IP addresses are left out: one carrier address serves thousands of people.
 */
public final class FirstPurchaseMemory {

    static final Set<IdentityKind> KINDS = EnumSet.of(IdentityKind.EMAIL, IdentityKind.PHONE, IdentityKind.NAME_ADDRESS,
            IdentityKind.KANA_PHONE, IdentityKind.CARD, IdentityKind.ADDRESS, IdentityKind.DEVICE);

    private final FirstPurchaseLedger ledger;
    private final Duration lookback;

    public FirstPurchaseMemory(FirstPurchaseLedger ledger, Duration lookback) {
        this.ledger = ledger;
        this.lookback = lookback;
    }

    /** The first-purchase-only items of a request: by SKU (by name when it has none) to the name the clerk knows. */
    public static Map<String, String> items(ScreeningRequest request) {
        Map<String, String> items = null;
        for (Item item : request.items()) {
            if (!item.firstPurchaseOnly()) {
                continue;
            }
            String sku = blankToNull(item.sku());
            String name = blankToNull(item.name());
            String id = sku != null ? sku : name;
            if (id == null) {
                continue;
            }
            if (items == null) {
                items = new LinkedHashMap<>();
            }
            items.putIfAbsent(id, name != null ? name : sku);
        }
        return items == null ? Map.of() : items;
    }

    /** The first-purchase-only items of this order that people sharing one of its keys bought before it. */
    public List<FirstPurchaseRepeat> gather(String merchantId, String orderId, Map<String, String> items,
                                            List<IdentityKey> keys, Instant at) {
        if (items.isEmpty()) {
            return List.of();
        }
        long order = order(orderId, at);
        Instant from = at.minus(lookback);
        List<FirstPurchaseRepeat> repeats = new ArrayList<>();
        for (Map.Entry<String, String> item : items.entrySet()) {
            String scope = scope(merchantId, item.getKey());
            Set<IdentityKind> matched = EnumSet.noneOf(IdentityKind.class);
            OrderSet earlier = new OrderSet();
            for (IdentityKey key : keys) {
                if (KINDS.contains(key.kind())) {
                    ledger.orders(scope, key.hash(), order, from, at, found -> {
                        matched.add(key.kind());
                        earlier.add(found);
                    });
                }
            }
            if (!matched.isEmpty()) {
                repeats.add(new FirstPurchaseRepeat(item.getValue(), matched, earlier.size()));
            }
        }
        return repeats;
    }

    /** Records the order's first-purchase-only items against its person keys. */
    public void remember(String merchantId, List<IdentityKey> keys, OrderFacts facts, Instant at) {
        if (facts.firstPurchaseOnlyItems().isEmpty()) {
            return;
        }
        long order = order(facts.orderId(), at);
        for (String item : facts.firstPurchaseOnlyItems()) {
            String scope = scope(merchantId, item);
            for (IdentityKey key : keys) {
                if (KINDS.contains(key.kind())) {
                    ledger.add(scope, key.hash(), order, at);
                }
            }
        }
    }

    private static String scope(String merchantId, String item) {
        return merchantId + '|' + item;
    }

    /** The order's fingerprint; an order without id is told apart by its time. */
    private static long order(String orderId, Instant at) {
        return Fingerprints.of(orderId != null ? orderId : "@" + at);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The few different order fingerprints one item's keys lead to. */
    private static final class OrderSet {
        private long[] orders = new long[4];
        private int size;

        void add(long order) {
            for (int i = 0; i < size; i++) {
                if (orders[i] == order) {
                    return;
                }
            }
            if (size == orders.length) {
                orders = java.util.Arrays.copyOf(orders, size * 2);
            }
            orders[size++] = order;
        }

        int size() {
            return size;
        }
    }
}
