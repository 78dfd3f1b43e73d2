package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DummyPhoneCheckTest {

    private static final Term BOTH = new Term("buyer's phone number and recipient's phone number", "注文者の電話番号と配送先の電話番号");

    private final DummyPhoneCheck check = new DummyPhoneCheck();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"090-1234-5678", "000-0000-0000", "090-1111-1111", "03-0000-0000", "080-0000-1234"})
    void flagsNumbersTypedToGetPastTheForm(String phone) {
        assertThat(Evidences.inspect(check, SampleOrders.order().phone(phone).build()))
                .containsExactly(Finding.of(ReasonCode.PHONE_DUMMY, BOTH));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"090-3817-2046", "03-3464-0000", "0120-444-444"})
    void leavesRealNumbersAlone(String phone) {
        assertThat(Evidences.inspect(check, SampleOrders.order().phone(phone).build())).isEmpty();
    }
}
