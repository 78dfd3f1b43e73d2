package jp.mamori.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void aLaterIdSortsLaterAndIdsKeepTheLengthOfAUuidInHex() {
        Instant now = Instant.parse("2026-11-27T12:00:00.000Z");
        String earlier = TimeOrderedIds.next("scr_", now);
        String later = TimeOrderedIds.next("scr_", now.plusMillis(1));

        assertThat(earlier).matches("scr_[0-9a-f]{32}");
        assertThat(later).isGreaterThan(earlier);
        assertThat(TimeOrderedIds.next("scr_", now.plusSeconds(86_400L * 365 * 100))).isGreaterThan(later);
    }

    @Test
    void idsOfOneMillisecondDoNotCollide() {
        Instant now = Instant.parse("2026-11-27T12:00:00.000Z");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.next("dlv_", now));
        }
        assertThat(ids).hasSize(10_000);
    }
}
