package jp.mamori.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;

class InMemoryFirstPurchaseLedgerTest {

    private static final Instant T = SampleOrders.NOON_JST;
    private static final Duration YEAR = Duration.ofDays(365);
    private static final String TRIAL = "shop-tokyo-tea|TRIAL-SET-01";
    private static final String OTHER_TRIAL = "shop-tokyo-tea|TRIAL-MATCHA";
    private static final String ADDRESS = "a41c09d2e7f3";
    private static final String PHONE = "5e88c1f0b2a4";
    private static final long ORDER_1 = Fingerprints.of("ORD-1");
    private static final long ORDER_2 = Fingerprints.of("ORD-2");
    private static final long ORDER_3 = Fingerprints.of("ORD-3");

    private final InMemoryFirstPurchaseLedger ledger = new InMemoryFirstPurchaseLedger(YEAR);

    @Test
    void aKeyThatNeverBoughtTheItemFindsNothing() {
        ledger.add(TRIAL, ADDRESS, ORDER_1, T);

        assertThat(orders(TRIAL, PHONE, 0, T.minus(YEAR), T.plusSeconds(1))).isEmpty();
        assertThat(orders(OTHER_TRIAL, ADDRESS, 0, T.minus(YEAR), T.plusSeconds(1))).isEmpty();
    }

    @Test
    void givesEveryEarlierOrderOfTheKeyButTheOneExcluded() {
        ledger.add(TRIAL, ADDRESS, ORDER_1, T.minus(Duration.ofDays(30)));
        ledger.add(TRIAL, ADDRESS, ORDER_2, T.minus(Duration.ofDays(2)));
        ledger.add(TRIAL, ADDRESS, ORDER_3, T);

        assertThat(orders(TRIAL, ADDRESS, ORDER_3, T.minus(YEAR), T)).containsExactlyInAnyOrder(ORDER_1, ORDER_2);
    }

    @Test
    void theWindowExcludesItsStartAndIncludesItsEnd() {
        ledger.add(TRIAL, ADDRESS, ORDER_1, T.minus(YEAR));
        ledger.add(TRIAL, ADDRESS, ORDER_2, T);
        ledger.add(TRIAL, ADDRESS, ORDER_3, T.plusMillis(1));

        assertThat(orders(TRIAL, ADDRESS, 0, T.minus(YEAR), T)).containsExactly(ORDER_2);
    }

    @Test
    void theSameOrderRecordedTwiceIsOnePurchaseAtItsFirstTime() {
        // WooCommerce sends order.created and order.updated: the order is screened and recorded twice.
        ledger.add(TRIAL, ADDRESS, ORDER_1, T.minus(Duration.ofMinutes(5)));
        ledger.add(TRIAL, ADDRESS, ORDER_1, T);

        assertThat(ledger.pairs(TRIAL)).isEqualTo(1);
        assertThat(orders(TRIAL, ADDRESS, 0, T.minus(Duration.ofMinutes(10)), T.minus(Duration.ofMinutes(1)))).containsExactly(ORDER_1);
    }

    @Test
    void purchasesPastTheRetentionAreDroppedAsTheItemGrows() {
        InMemoryFirstPurchaseLedger month = new InMemoryFirstPurchaseLedger(Duration.ofDays(30));
        month.add(TRIAL, ADDRESS, ORDER_1, T.minus(Duration.ofDays(90)));
        for (int i = 0; i < 100; i++) {
            month.add(TRIAL, "buyer-" + i, Fingerprints.of("ORD-NEW-" + i), T.plusSeconds(i));
        }

        assertThat(month.pairs(TRIAL)).isEqualTo(100);
        assertThat(orders(month, TRIAL, ADDRESS, 0, T.minus(Duration.ofDays(365)), T)).isEmpty();
    }

    @Test
    void aFullItemKeepsItsNewerHalfAndStaysWithinItsBound() {
        int pairs = InMemoryFirstPurchaseLedger.MAX_PAIRS + 10;
        for (int i = 0; i < pairs; i++) {
            ledger.add(TRIAL, "buyer-" + i, i + 1L, T.plusMillis(i));
        }

        assertThat(ledger.pairs(TRIAL)).isLessThanOrEqualTo(InMemoryFirstPurchaseLedger.MAX_PAIRS);
        assertThat(orders(TRIAL, "buyer-" + (pairs - 1), 0, T.minus(YEAR), T.plus(YEAR))).containsExactly((long) pairs);
        assertThat(orders(TRIAL, "buyer-0", 0, T.minus(YEAR), T.plus(YEAR))).isEmpty();
    }

    @Test
    void manyKeysAndOrdersOfOneItemAreAllFound() {
        for (int order = 1; order <= 500; order++) {
            for (String key : List.of("email-" + order, "phone-" + (order % 50), ADDRESS)) {
                ledger.add(TRIAL, key, order, T.plusSeconds(order));
            }
        }

        assertThat(orders(TRIAL, ADDRESS, 0, T, T.plus(Duration.ofDays(1)))).hasSize(500);
        assertThat(orders(TRIAL, "phone-7", 0, T, T.plus(Duration.ofDays(1)))).hasSize(10);
        assertThat(orders(TRIAL, "email-321", 0, T, T.plus(Duration.ofDays(1)))).containsExactly(321L);
    }

    private List<Long> orders(String item, String key, long excluded, Instant from, Instant to) {
        return orders(ledger, item, key, excluded, from, to);
    }

    private static List<Long> orders(FirstPurchaseLedger ledger, String item, String key, long excluded, Instant from, Instant to) {
        List<Long> found = new ArrayList<>();
        ledger.orders(item, key, excluded, from, to, found::add);
        return found;
    }
}
