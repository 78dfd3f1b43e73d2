package jp.mamori.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;

class InMemoryVelocityStoreTest {

    private static final Instant T = SampleOrders.NOON_JST;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final String TARO = "shop-tokyo-tea|7d0c1f3e";
    private static final String HANAKO = "shop-tokyo-tea|a4b92e11";

    private final InMemoryVelocityStore store = new InMemoryVelocityStore(Duration.ofHours(24));

    @Test
    void aKeyNeverWrittenCountsNothing() {
        assertThat(store.count(TARO, T.minus(HOUR), T)).isZero();
    }

    @Test
    void theWindowExcludesItsStartAndIncludesItsEnd() {
        store.add(TARO, T.minus(HOUR));                    // exactly at from: out
        store.add(TARO, T.minus(HOUR).plusMillis(1));      // just after from: in
        store.add(TARO, T);                                // exactly at to: in
        store.add(TARO, T.plusMillis(1));                  // just after to: out

        assertThat(store.count(TARO, T.minus(HOUR), T)).isEqualTo(2);
    }

    @Test
    void ordersAtTheSameInstantCountSeparately() {
        store.add(TARO, T);
        store.add(TARO, T);

        assertThat(store.count(TARO, T.minus(HOUR), T)).isEqualTo(2);
    }

    @Test
    void eventsArrivingOutOfOrderAreCountedInTheRightWindows() {
        for (int minutesBefore : new int[] {0, 50, 10, 170, 30, 90, 5}) {
            store.add(TARO, T.minus(Duration.ofMinutes(minutesBefore)));
        }

        assertThat(store.count(TARO, T.minus(HOUR), T)).isEqualTo(5);                                  // 0, 5, 10, 30, 50
        assertThat(store.count(TARO, T.minus(Duration.ofMinutes(20)), T)).isEqualTo(3);               // 0, 5, 10
        assertThat(store.count(TARO, T.minus(Duration.ofHours(2)), T.minus(Duration.ofMinutes(30)))).isEqualTo(3); // 30, 50, 90
        assertThat(store.count(TARO, T.minus(Duration.ofHours(3)), T)).isEqualTo(7);
    }

    @Test
    void anEmptyOrInvertedWindowCountsNothing() {
        store.add(TARO, T.minus(Duration.ofMinutes(30)));
        store.add(TARO, T);

        assertThat(store.count(TARO, T, T)).isZero();
        assertThat(store.count(TARO, T, T.minus(HOUR))).isZero();
    }

    @Test
    void severalWindowsOfOneKeyCountAsEachAlone() {
        for (int minutesBefore : new int[] {0, 50, 10, 170, 30, 90, 5, 60}) {
            store.add(TARO, T.minus(Duration.ofMinutes(minutesBefore)));
        }
        Instant[] froms = {T.minus(HOUR), T.minus(Duration.ofMinutes(20)), T, T.plusMillis(1), T.minus(Duration.ofHours(3))};

        int[] counts = store.count(TARO, froms, T);

        assertThat(counts).containsExactly(5, 3, 0, 0, 8);
        for (int i = 0; i < froms.length; i++) {
            assertThat(counts[i]).isEqualTo(store.count(TARO, froms[i], T));
        }
        assertThat(store.count(HANAKO, froms, T)).as("a key never written").containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void severalWindowsOfAKeyWithOneEventCountItWhereItFalls() {
        store.add(HANAKO, T.minus(Duration.ofMinutes(30)));

        assertThat(store.count(HANAKO, new Instant[] {T.minus(Duration.ofMinutes(20)), T.minus(HOUR)}, T)).containsExactly(0, 1);
    }

    @Test
    void keysAreCountedSeparately() {
        store.add(TARO, T.minus(Duration.ofMinutes(10)));
        store.add(TARO, T.minus(Duration.ofMinutes(5)));
        store.add(HANAKO, T);

        assertThat(store.count(TARO, T.minus(HOUR), T)).isEqualTo(2);
        assertThat(store.count(HANAKO, T.minus(HOUR), T)).isEqualTo(1);
        assertThat(store.keys()).isEqualTo(2);
    }

    @Test
    void oldEventsAreKeptUntilANewerEventForTheKeyArrives() {
        InMemoryVelocityStore hourly = new InMemoryVelocityStore(HOUR);
        hourly.add(TARO, T.minus(Duration.ofHours(3)));
        hourly.add(TARO, T.minus(Duration.ofMinutes(150)));   // within the retention of the first

        assertThat(hourly.count(TARO, T.minus(Duration.ofHours(4)), T)).isEqualTo(2);
    }

    @Test
    void aNewerEventDropsEventsOlderThanTheRetentionBeforeIt() {
        InMemoryVelocityStore hourly = new InMemoryVelocityStore(HOUR);
        hourly.add(TARO, T.minus(Duration.ofHours(3)));
        hourly.add(TARO, T.minus(HOUR));                   // exactly one retention before the newest: dropped
        hourly.add(TARO, T.minus(HOUR).plusMillis(1));     // within the retention: kept
        hourly.add(TARO, T);

        assertThat(hourly.count(TARO, T.minus(Duration.ofHours(4)), T)).isEqualTo(2);
    }

    @Test
    void aLateEventAlreadyOutsideTheRetentionIsNotKept() {
        InMemoryVelocityStore hourly = new InMemoryVelocityStore(HOUR);
        hourly.add(TARO, T);
        hourly.add(TARO, T.minus(Duration.ofHours(2)));

        assertThat(hourly.count(TARO, T.minus(Duration.ofHours(3)), T.minus(HOUR))).isZero();
        assertThat(hourly.count(TARO, T.minus(Duration.ofHours(3)), T)).isEqualTo(1);
    }

    @Test
    void pruningOneKeyLeavesOtherKeysAlone() {
        InMemoryVelocityStore hourly = new InMemoryVelocityStore(HOUR);
        hourly.add(HANAKO, T.minus(Duration.ofHours(3)));
        hourly.add(TARO, T.minus(Duration.ofHours(3)));
        hourly.add(TARO, T);

        assertThat(hourly.count(HANAKO, T.minus(Duration.ofHours(4)), T)).isEqualTo(1);
        assertThat(hourly.count(TARO, T.minus(Duration.ofHours(4)), T)).isEqualTo(1);
    }

    @Test
    void concurrentAddsFromSeveralThreadsAreAllCounted() throws Exception {
        int threads = 4;
        int perThread = 2_500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        // interleaved, out-of-order times within one hour, on a shared key and a key of its own
                        Instant at = T.minusMillis((i * 7919L + thread * 13L) % 3_600_000L);
                        store.add(TARO, at);
                        store.add("shop-tokyo-tea|thread-" + thread, at);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.count(TARO, T.minus(HOUR), T)).isEqualTo(threads * perThread);
        for (int t = 0; t < threads; t++) {
            assertThat(store.count("shop-tokyo-tea|thread-" + t, T.minus(HOUR), T)).isEqualTo(perThread);
        }
        assertThat(store.keys()).isEqualTo(threads + 1);
    }

    private static final String IPHONE = "shop-tokyo-tea|ck_5f2d9a1e7c|card";

    @Test
    void countsDifferentMembersOnceEach() {
        store.addDistinct(IPHONE, "card-jcb-4321", T.minus(Duration.ofMinutes(40)));
        store.addDistinct(IPHONE, "card-visa-0042", T.minus(Duration.ofMinutes(30)));
        store.addDistinct(IPHONE, "card-jcb-4321", T.minus(Duration.ofMinutes(20)));

        assertThat(store.countDistinct(IPHONE, T.minus(HOUR), T, null)).isEqualTo(2);
    }

    @Test
    void theCandidateCountsUnlessAlreadySeen() {
        store.addDistinct(IPHONE, "card-jcb-4321", T.minus(Duration.ofMinutes(40)));

        assertThat(store.countDistinct(IPHONE, T.minus(HOUR), T, "card-jcb-4321")).isEqualTo(1);
        assertThat(store.countDistinct(IPHONE, T.minus(HOUR), T, "card-master-7788")).isEqualTo(2);
        assertThat(store.countDistinct("shop-tokyo-tea|never-seen|card", T.minus(HOUR), T, "card-master-7788")).isEqualTo(1);
    }

    @Test
    void membersSeenOutsideTheWindowDoNotCount() {
        store.addDistinct(IPHONE, "card-jcb-4321", T.minus(HOUR));                       // exactly at from: out
        store.addDistinct(IPHONE, "card-visa-0042", T.minus(Duration.ofMinutes(59)));
        store.addDistinct(IPHONE, "card-amex-1005", T.plusMillis(1));                    // after this order: out

        assertThat(store.countDistinct(IPHONE, T.minus(HOUR), T, null)).isEqualTo(1);
        assertThat(store.countDistinct(IPHONE, T, T.minus(HOUR), null)).as("inverted window").isZero();
    }

    @Test
    void membersAndOrderCountsOfOneKeyAreKeptApart() {
        store.add(IPHONE, T);
        store.addDistinct(IPHONE, "card-jcb-4321", T);

        assertThat(store.count(IPHONE, T.minus(HOUR), T)).isEqualTo(1);
        assertThat(store.countDistinct(IPHONE, T.minus(HOUR), T, null)).isEqualTo(1);
    }

    @Test
    void aKeyKeepsOnlyItsNewestMemberEventsSoOneDeviceCannotExhaustMemory() {
        for (int i = 0; i < InMemoryVelocityStore.MAX_MEMBER_EVENTS + 500; i++) {
            store.addDistinct(IPHONE, "card-" + i, T.minus(Duration.ofSeconds(InMemoryVelocityStore.MAX_MEMBER_EVENTS + 499 - i)));
        }

        assertThat(store.memberEvents(IPHONE)).isEqualTo(InMemoryVelocityStore.MAX_MEMBER_EVENTS);
        assertThat(store.countDistinct(IPHONE, T.minus(Duration.ofDays(1)), T, null)).isEqualTo(InMemoryVelocityStore.MAX_MEMBER_EVENTS);
        assertThat(store.countDistinct(IPHONE, T.minus(Duration.ofSeconds(10)), T, null)).as("the newest are kept").isEqualTo(10);
    }

    @Test
    void memberEventsOlderThanTheRetentionAreDropped() {
        InMemoryVelocityStore hourly = new InMemoryVelocityStore(HOUR);
        hourly.addDistinct(IPHONE, "card-jcb-4321", T.minus(Duration.ofHours(3)));
        hourly.addDistinct(IPHONE, "card-visa-0042", T);

        assertThat(hourly.memberEvents(IPHONE)).isEqualTo(1);
    }

    @Test
    void aKeyKeepsOnlyItsNewestEvents() {
        int over = InMemoryVelocityStore.MAX_EVENTS + 100;
        for (int i = 0; i < over; i++) {
            store.add(TARO, T.minusMillis(over - 1 - i));
        }

        assertThat(store.events(TARO)).isEqualTo(InMemoryVelocityStore.MAX_EVENTS);
        assertThat(store.count(TARO, T.minus(HOUR), T)).as("counts read exact up to the cap").isEqualTo(InMemoryVelocityStore.MAX_EVENTS);
        assertThat(store.count(TARO, T.minusMillis(10), T)).as("the newest are kept").isEqualTo(10);
    }

    @Test
    void keysIdleLongerThanTheRetentionAreDroppedAsTheTableGrows() {
        InMemoryVelocityStore hourly = new InMemoryVelocityStore(HOUR, 64L << 20);
        for (int i = 0; i < 1_000; i++) {
            hourly.add("shop-tokyo-tea|idle-" + i, T.minus(Duration.ofHours(3)));
            hourly.addDistinct("shop-tokyo-tea|idle-" + i + "|card", "card-" + i, T.minus(Duration.ofHours(3)));
        }
        for (int i = 0; i < 100_000; i++) {
            hourly.add("shop-tokyo-tea|busy-" + i, T);
            hourly.addDistinct("shop-tokyo-tea|busy-" + i + "|card", "card-" + i, T);
        }

        assertThat(hourly.keys()).isEqualTo(200_000);
        assertThat(hourly.count("shop-tokyo-tea|idle-7", T.minus(Duration.ofHours(4)), T)).isZero();
        assertThat(hourly.countDistinct("shop-tokyo-tea|idle-7|card", T.minus(Duration.ofHours(4)), T, null)).isZero();
        assertThat(hourly.count("shop-tokyo-tea|busy-7", T.minus(HOUR), T)).isEqualTo(1);
        assertThat(hourly.evictedKeys()).as("dropped for age, not for the bound").isZero();
    }

    @Test
    void expiredEventsOfKeysNotWrittenAgainAreTrimmedAsTheTableGrows() {
        InMemoryVelocityStore hourly = new InMemoryVelocityStore(HOUR, 64L << 20);
        for (int i = 0; i < 1_000; i++) {
            hourly.add("shop-tokyo-tea|regular-" + i, T.minus(Duration.ofMinutes(90)));
            hourly.add("shop-tokyo-tea|regular-" + i, T.minus(Duration.ofMinutes(40)));
            hourly.add("shop-tokyo-tea|regular-" + i, T.minus(Duration.ofMinutes(30)));
        }
        long before = hourly.bytes();
        for (int i = 0; i < 100_000; i++) {
            hourly.add("shop-tokyo-tea|busy-" + i, T);
        }

        assertThat(hourly.events("shop-tokyo-tea|regular-7")).isEqualTo(2);
        assertThat(hourly.count("shop-tokyo-tea|regular-7", T.minus(HOUR), T)).isEqualTo(2);
        assertThat(before).isPositive();
    }

    @Test
    void theStoreKeepsToItsBoundByForgettingTheIdlestKeysFirst() {
        long bound = 1L << 20;
        InMemoryVelocityStore small = new InMemoryVelocityStore(Duration.ofDays(30), bound);
        int keys = 200_000;
        for (int i = 0; i < keys; i++) {
            Instant at = T.minusSeconds(keys - i);
            small.add("shop-tokyo-tea|buyer-" + i, at);
            small.addDistinct("shop-tokyo-tea|device-" + i + "|card", "card-" + i, at);
            assertThat(small.bytes()).isLessThanOrEqualTo(bound);
        }

        assertThat(small.evictedKeys()).isPositive();
        assertThat(small.keys()).isLessThan(2 * keys).isGreaterThan(1_000);
        assertThat(small.count("shop-tokyo-tea|buyer-0", T.minus(Duration.ofDays(30)), T)).as("the idlest are forgotten").isZero();
        assertThat(small.count("shop-tokyo-tea|buyer-" + (keys - 1), T.minus(HOUR), T)).as("the newest are kept").isEqualTo(1);
        assertThat(small.countDistinct("shop-tokyo-tea|device-" + (keys - 1) + "|card", T.minus(HOUR), T, null)).isEqualTo(1);
        small.add("shop-tokyo-tea|buyer-new", T.plusSeconds(1));
        assertThat(small.count("shop-tokyo-tea|buyer-new", T, T.plusSeconds(1))).as("a full store still takes new orders").isEqualTo(1);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "bound {0} bytes")
    @org.junit.jupiter.params.provider.ValueSource(longs = {64L << 20, 4L << 20})
    void countsAgreeWithAPlainListOfEventsPerKey(long bound) {
        // The small bound puts all keys in one or two segments, so they are maintained (swept, rehashed) often.
        Duration retention = Duration.ofHours(24);
        InMemoryVelocityStore compact = new InMemoryVelocityStore(retention, bound);
        java.util.Map<String, List<Long>> plain = new java.util.HashMap<>();
        java.util.Map<String, List<long[]>> plainMembers = new java.util.HashMap<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        long now = T.toEpochMilli();
        long[] windows = {HOUR.toMillis(), Duration.ofHours(6).toMillis(), retention.toMillis()};
        for (int step = 0; step < 60_000; step++) {
            now += random.nextInt(5_000);
            // Mostly in time order, a tenth late by up to a day and a half (some beyond the retention).
            long at = random.nextInt(10) == 0 ? now - random.nextLong(36 * HOUR.toMillis()) : now;
            String key = "shop-tokyo-tea|" + (random.nextInt(4) == 0 ? "hot-" + random.nextInt(5) : "k-" + random.nextInt(3_000));
            if (random.nextBoolean()) {
                compact.add(key, Instant.ofEpochMilli(at));
                plainAdd(plain.computeIfAbsent(key, k -> new ArrayList<>()), at, retention.toMillis());
            } else {
                String member = "card-" + random.nextInt(40);
                compact.addDistinct(key, member, Instant.ofEpochMilli(at));
                plainAddMember(plainMembers.computeIfAbsent(key, k -> new ArrayList<>()), at, member.hashCode(), retention.toMillis());
            }
            if (step % 97 == 0) {
                assertThat(compact.evictedKeys()).as("forgotten for the bound by step %d", step).isZero();
                String probe = "shop-tokyo-tea|" + (random.nextBoolean() ? "hot-" + random.nextInt(5) : "k-" + random.nextInt(3_000));
                long window = windows[random.nextInt(windows.length)];
                long to = now;
                long from = to - window;
                long expected = plain.getOrDefault(probe, List.of()).stream().filter(t -> t > from && t <= to).count();
                assertThat(compact.count(probe, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))).as("count of %s at step %d", probe, step)
                        .isEqualTo(expected);
                long distinct = plainMembers.getOrDefault(probe, List.of()).stream().filter(e -> e[0] > from && e[0] <= to)
                        .mapToLong(e -> e[1]).distinct().count();
                assertThat(compact.countDistinct(probe, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to), null))
                        .as("distinct of %s at step %d", probe, step).isEqualTo(distinct);
            }
        }
        assertThat(compact.evictedKeys()).as("nothing forgotten for the bound, or the counts could not agree").isZero();
    }

    /** The rule a key's events follow: sorted, and those a retention or more before the newest dropped. */
    private static void plainAdd(List<Long> times, long at, long retention) {
        int i = 0;
        while (i < times.size() && times.get(i) <= at) {
            i++;
        }
        times.add(i, at);
        long horizon = times.get(times.size() - 1) - retention;
        times.removeIf(t -> t <= horizon);
    }

    private static void plainAddMember(List<long[]> events, long at, long member, long retention) {
        int i = 0;
        while (i < events.size() && events.get(i)[0] <= at) {
            i++;
        }
        events.add(i, new long[] {at, member});
        long horizon = events.get(events.size() - 1)[0] - retention;
        events.removeIf(e -> e[0] <= horizon);
    }
}
