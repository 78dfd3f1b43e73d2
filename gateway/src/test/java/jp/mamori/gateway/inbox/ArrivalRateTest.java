package jp.mamori.gateway.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArrivalRateTest {

    private static final long MS = 1_000_000L;

    @Test
    void countsTheArrivalsOfTheLastSecond() {
        ArrivalRate rate = new ArrivalRate();
        for (int i = 0; i < 300; i++) {
            rate.arrived(5_000 * MS + i * 3 * MS);
        }

        assertThat(rate.perSecond(5_900 * MS)).isEqualTo(300);
    }

    @Test
    void forgetsArrivalsOlderThanASecond() {
        ArrivalRate rate = new ArrivalRate();
        rate.arrived(1_000 * MS);
        rate.arrived(1_950 * MS);

        assertThat(rate.perSecond(1_990 * MS)).isEqualTo(2);
        assertThat(rate.perSecond(2_050 * MS)).as("the first one's bucket has left the window").isEqualTo(1);
        assertThat(rate.perSecond(3_500 * MS)).isZero();
    }

    @Test
    void aSlotReusedAfterAWrapStartsFromZero() {
        ArrivalRate rate = new ArrivalRate();
        for (int i = 0; i < 50; i++) {
            rate.arrived(10_000 * MS);
        }
        rate.arrived(11_000 * MS);

        assertThat(rate.perSecond(11_000 * MS)).isEqualTo(1);
    }

    @Test
    void worksWithNegativeNanoTimes() {
        ArrivalRate rate = new ArrivalRate();
        rate.arrived(-250 * MS);
        rate.arrived(-150 * MS);

        assertThat(rate.perSecond(-100 * MS)).isEqualTo(2);
    }
}
