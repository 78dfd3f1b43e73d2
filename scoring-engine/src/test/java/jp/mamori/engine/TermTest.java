package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TermTest {

    private static final Term BILLING = new Term("billing address", "請求先住所");
    private static final Term FIRST = new Term("shipping address 1", "配送先住所1");
    private static final Term SECOND = new Term("shipping address 2", "配送先住所2");

    @Test
    void oneTermIsItself() {
        assertThat(Term.join(List.of(BILLING))).isEqualTo(BILLING);
    }

    @Test
    void twoTermsAreJoinedWithAnd() {
        assertThat(Term.join(List.of(BILLING, SECOND))).isEqualTo(new Term("billing address and shipping address 2", "請求先住所と配送先住所2"));
    }

    @Test
    void threeTermsAreListedAndTheLastJoinedWithAnd() {
        assertThat(Term.join(List.of(BILLING, FIRST, SECOND))).isEqualTo(new Term(
                "billing address, shipping address 1 and shipping address 2", "請求先住所、配送先住所1と配送先住所2"));
    }
}
