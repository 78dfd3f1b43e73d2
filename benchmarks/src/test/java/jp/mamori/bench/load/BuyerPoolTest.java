package jp.mamori.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BuyerPoolTest {

    @Test
    void noTwoBuyersOfTheLargestPoolShareAnIdentity() {
        BuyerPool pool = new BuyerPool(BuyerPool.MAX_SIZE);
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> ips = new HashSet<>();
        Set<String> cookies = new HashSet<>();
        for (int buyer = 0; buyer < pool.size(); buyer++) {
            emails.add(pool.email(buyer));
            phones.add(pool.phone(buyer));
            ips.add(pool.ip(buyer));
            cookies.add(pool.cookieId(buyer));
        }

        assertThat(emails).hasSize(BuyerPool.MAX_SIZE);
        assertThat(phones).hasSize(BuyerPool.MAX_SIZE);
        assertThat(ips).hasSize(BuyerPool.MAX_SIZE);
        assertThat(cookies).hasSize(BuyerPool.MAX_SIZE);
    }

    @Test
    void buyersComeBackAfterThePoolIsUsedUp() {
        BuyerPool pool = new BuyerPool(3);

        assertThat(pool.buyerOf(1)).isEqualTo(1);
        assertThat(pool.buyerOf(4)).isEqualTo(1);
        assertThat(pool.phone(1)).matches("090-\\d{4}-\\d{4}");
    }

    @Test
    void refusesAPoolWhosePhonesWouldRepeat() {
        assertThatThrownBy(() -> new BuyerPool(BuyerPool.MAX_SIZE + 1)).hasMessageContaining("90000");
        assertThatThrownBy(() -> new BuyerPool(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
