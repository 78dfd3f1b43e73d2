package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class MemoTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final Function<String, String> reading = name -> {
        calls.incrementAndGet();
        return "reading of " + name;
    };

    @Test
    void aRepeatedArgumentIsWorkedOutOnce() {
        Memo<String, String> memo = new Memo<>(reading, 16);

        assertThat(memo.apply("山田")).isEqualTo("reading of 山田");
        assertThat(memo.apply("山田")).isEqualTo("reading of 山田");
        assertThat(memo.apply(new String("山田"))).as("by equality, not identity").isEqualTo("reading of 山田");

        assertThat(calls).hasValue(1);
    }

    @Test
    void anArgumentPushedOutIsWorkedOutAgainAndStillRight() {
        Memo<Integer, String> memo = new Memo<>(n -> {
            calls.incrementAndGet();
            return "n" + n;
        }, 1);

        assertThat(memo.apply(1)).isEqualTo("n1");
        assertThat(memo.apply(2)).isEqualTo("n2");
        assertThat(memo.apply(1)).isEqualTo("n1");

        assertThat(calls).as("one place: each argument pushes the other out").hasValue(3);
    }

    @Test
    void holdsNoMoreThanItsSizeRoundedUpToAPowerOfTwo() {
        Memo<Integer, String> memo = new Memo<>(n -> {
            calls.incrementAndGet();
            return "n" + n;
        }, 5);
        for (int n = 0; n < 8; n++) {
            memo.apply(n);
        }
        for (int n = 0; n < 8; n++) {
            memo.apply(n);
        }

        assertThat(calls).as("small integers hash to themselves: eight places, eight arguments").hasValue(8);
        memo.apply(8);
        memo.apply(0);
        assertThat(calls).as("8 takes the place of 0").hasValue(10);
    }

    @Test
    void manyThreadsGetTheFunctionsResults() throws Exception {
        Memo<String, String> memo = new Memo<>(reading, 64);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    boolean right = true;
                    for (int i = 0; i < 20_000; i++) {
                        String name = "name-" + i % 200;
                        right &= memo.apply(name).equals("reading of " + name);
                    }
                    return right;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesASizeItCannotHold() {
        assertThatThrownBy(() -> new Memo<>(reading, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Memo<>(reading, (1 << 24) + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
