package jp.mamori.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.checks.VelocityRule;
import jp.mamori.engine.state.InMemoryVelocityStore;
import org.junit.jupiter.api.Test;

class OrderCounterTest {

    private static final Instant T = SampleOrders.NOON_JST;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    private static final String SHOP = "shop-tokyo-tea";
    private static final IdentityKey EMAIL = new IdentityKey(IdentityKind.EMAIL, "e1");
    private static final IdentityKey PHONE = new IdentityKey(IdentityKind.PHONE, "p1");
    private static final IdentityKey RECIPIENT_PHONE = new IdentityKey(IdentityKind.PHONE, "p2");
    private static final IdentityKey CARD = new IdentityKey(IdentityKind.CARD, "c1");
    private static final VelocityRule EMAIL_1H = new VelocityRule(ReasonCode.VELOCITY_EMAIL_1H, IdentityKind.EMAIL, HOUR, 3);
    private static final VelocityRule EMAIL_24H = new VelocityRule(ReasonCode.VELOCITY_EMAIL_24H, IdentityKind.EMAIL, DAY, 5);
    private static final VelocityRule PHONE_1H = new VelocityRule(ReasonCode.VELOCITY_PHONE_1H, IdentityKind.PHONE, HOUR, 4);
    private static final VelocityRule IP_1H = new VelocityRule(ReasonCode.VELOCITY_IP_1H, IdentityKind.IP, HOUR, 20);

    private final InMemoryVelocityStore velocity = new InMemoryVelocityStore(DAY);

    private void orders(IdentityKey key, Duration... before) {
        for (Duration ago : before) {
            velocity.add(OrderCounter.key(SHOP, key), T.minus(ago));
        }
    }

    @Test
    void eachRuleCountsTheOrdersOfItsKindWithinItsWindowThisOrderIncluded() {
        orders(EMAIL, Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(5));
        OrderCounter counter = new OrderCounter(List.of(EMAIL_1H, EMAIL_24H, PHONE_1H));

        Map<VelocityRule, Integer> counts = counter.counts(velocity, SHOP, List.of(EMAIL, PHONE, CARD), T);

        assertThat(counts).containsOnly(Map.entry(EMAIL_1H, 3), Map.entry(EMAIL_24H, 4), Map.entry(PHONE_1H, 1));
    }

    @Test
    void ofTwoKeysOfOneKindTheBusierCounts() {
        orders(PHONE, Duration.ofMinutes(5));
        orders(RECIPIENT_PHONE, Duration.ofMinutes(5), Duration.ofMinutes(6), Duration.ofMinutes(7));
        OrderCounter counter = new OrderCounter(List.of(PHONE_1H));

        assertThat(counter.counts(velocity, SHOP, List.of(PHONE, RECIPIENT_PHONE), T)).containsOnly(Map.entry(PHONE_1H, 4));
        assertThat(counter.counts(velocity, SHOP, List.of(RECIPIENT_PHONE, PHONE), T)).containsOnly(Map.entry(PHONE_1H, 4));
    }

    @Test
    void aRuleWithoutAKeyOfItsKindInTheOrderIsLeftOut() {
        OrderCounter counter = new OrderCounter(List.of(EMAIL_1H, IP_1H));

        assertThat(counter.counts(velocity, SHOP, List.of(EMAIL, CARD), T)).containsOnlyKeys(EMAIL_1H);
    }

    @Test
    void ordersAtAnotherMerchantDoNotCount() {
        orders(EMAIL, Duration.ofMinutes(10));
        OrderCounter counter = new OrderCounter(List.of(EMAIL_1H));

        assertThat(counter.counts(velocity, "shop-osaka-sweets", List.of(EMAIL), T)).containsOnly(Map.entry(EMAIL_1H, 1));
    }

    @Test
    void aRuleListedTwiceIsOneEntry() {
        orders(EMAIL, Duration.ofMinutes(10));
        OrderCounter counter = new OrderCounter(List.of(EMAIL_1H, EMAIL_24H, EMAIL_1H));

        assertThat(counter.counts(velocity, SHOP, List.of(EMAIL), T)).containsOnly(Map.entry(EMAIL_1H, 2), Map.entry(EMAIL_24H, 2));
    }
}
