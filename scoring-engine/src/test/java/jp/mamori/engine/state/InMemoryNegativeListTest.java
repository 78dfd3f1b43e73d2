package jp.mamori.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKeyer;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;

class InMemoryNegativeListTest {

    private static final Instant T = SampleOrders.NOON_JST;
    private static final IdentityKeyer KEYER = new IdentityKeyer("mamori-test-pepper-0001".getBytes(StandardCharsets.UTF_8));
    private static final IdentityKey CARD = KEYER.key(IdentityKind.CARD, "fp_3a7c19e2b4");
    private static final IdentityKey PHONE = KEYER.key(IdentityKind.PHONE, "+819038172046");
    private static final IdentityKey EMAIL = KEYER.key(IdentityKind.EMAIL, "taroyamada@gmail.com");
    private static final String OSAKA_SWEETS = "shop-osaka-sweets";
    private static final String TOKYO_TEA = "shop-tokyo-tea";

    private final InMemoryNegativeList list = new InMemoryNegativeList();

    @Test
    void tellsWhichKindsOfTheKeysAreListedByAnyMerchant() {
        list.register(CARD, OSAKA_SWEETS, "chargeback 2026-11-02", T.minus(Duration.ofDays(20)), null);
        list.register(PHONE, TOKYO_TEA, "fraud confirmed by clerk", T.minus(Duration.ofDays(3)), null);

        assertThat(list.matches(List.of(EMAIL, PHONE, CARD), T)).containsExactly(IdentityKind.PHONE, IdentityKind.CARD);
        assertThat(list.matches(List.of(EMAIL), T)).isEmpty();
    }

    @Test
    void anEntryCountsFromWhenItWasListedUntilItExpires() {
        list.register(CARD, OSAKA_SWEETS, "chargeback", T, T.plus(Duration.ofDays(180)));

        assertThat(list.matches(List.of(CARD), T.minusMillis(1))).as("an order placed before the listing").isEmpty();
        assertThat(list.matches(List.of(CARD), T)).containsExactly(IdentityKind.CARD);
        assertThat(list.matches(List.of(CARD), T.plus(Duration.ofDays(180)).minusMillis(1))).containsExactly(IdentityKind.CARD);
        assertThat(list.matches(List.of(CARD), T.plus(Duration.ofDays(180)))).isEmpty();
    }

    @Test
    void aMerchantRemovesOnlyItsOwnEntry() {
        list.register(CARD, OSAKA_SWEETS, "chargeback", T.minus(Duration.ofDays(1)), null);
        list.register(CARD, TOKYO_TEA, "chargeback", T.minus(Duration.ofDays(1)), null);

        list.remove(CARD, TOKYO_TEA);
        assertThat(list.matches(List.of(CARD), T)).containsExactly(IdentityKind.CARD);

        list.remove(CARD, OSAKA_SWEETS);
        assertThat(list.matches(List.of(CARD), T)).isEmpty();
    }

    @Test
    void listingAgainReplacesTheMerchantsEntry() {
        list.register(CARD, OSAKA_SWEETS, "chargeback", T.minus(Duration.ofDays(10)), T.minus(Duration.ofDays(1)));
        list.register(CARD, OSAKA_SWEETS, "second chargeback", T.minus(Duration.ofHours(1)), null);

        assertThat(list.matches(List.of(CARD), T)).containsExactly(IdentityKind.CARD);
    }

    @Test
    void removingWhatWasNeverListedChangesNothing() {
        list.remove(CARD, OSAKA_SWEETS);

        assertThat(list.matches(List.of(CARD), T)).isEmpty();
    }

    @Test
    void keysNotMadeByTheKeyerAreMatchedExactlyToo() {
        IdentityKey upperCase = new IdentityKey(IdentityKind.CARD, CARD.hash().toUpperCase());
        IdentityKey shortKey = new IdentityKey(IdentityKind.EMAIL, "7d0c1f3e");
        list.register(upperCase, OSAKA_SWEETS, "chargeback", T.minus(Duration.ofDays(1)), null);
        list.register(shortKey, OSAKA_SWEETS, "chargeback", T.minus(Duration.ofDays(1)), null);

        assertThat(list.matches(List.of(upperCase, shortKey), T)).containsExactly(IdentityKind.EMAIL, IdentityKind.CARD);
        assertThat(list.matches(List.of(CARD), T)).as("the same hex in lower case is another key").isEmpty();
        list.remove(shortKey, OSAKA_SWEETS);
        assertThat(list.matches(List.of(shortKey), T)).isEmpty();
    }

    @Test
    void theSameHashUnderAnotherKindIsAnotherKey() {
        list.register(CARD, OSAKA_SWEETS, "chargeback", T.minus(Duration.ofDays(1)), null);

        assertThat(list.matches(List.of(new IdentityKey(IdentityKind.DEVICE, CARD.hash())), T)).isEmpty();
    }

    @Test
    void listingAndExpiryTimesAreExactToTheNanosecond() {
        Instant listed = T.plusNanos(1_500);
        list.register(CARD, OSAKA_SWEETS, "chargeback", listed, listed.plusNanos(10));

        assertThat(list.matches(List.of(CARD), listed.minusNanos(1))).isEmpty();
        assertThat(list.matches(List.of(CARD), listed)).containsExactly(IdentityKind.CARD);
        assertThat(list.matches(List.of(CARD), listed.plusNanos(9))).containsExactly(IdentityKind.CARD);
        assertThat(list.matches(List.of(CARD), listed.plusNanos(10))).isEmpty();
    }

    @Test
    void manyKeysListedAndHalfRemovedLeaveExactlyTheOthers() {
        List<IdentityKey> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            keys.add(KEYER.key(IdentityKind.values()[i % IdentityKind.values().length], "value-" + i));
            list.register(keys.get(i), i % 3 == 0 ? TOKYO_TEA : OSAKA_SWEETS, "chargeback", T.minus(Duration.ofDays(1)), null);
        }
        for (int i = 0; i < keys.size(); i += 2) {
            list.remove(keys.get(i), i % 3 == 0 ? TOKYO_TEA : OSAKA_SWEETS);
        }

        for (int i = 0; i < keys.size(); i++) {
            assertThat(list.matches(List.of(keys.get(i)), T)).as("key %d", i).hasSize(i % 2);
        }
        assertThat(list.keys()).isEqualTo(10_000);
    }
}
