package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Shipment;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidPhoneCheckTest {

    private final InvalidPhoneCheck check = new InvalidPhoneCheck();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"090-381-2046", "080-4172-936", "0466-22-33"})
    void namesTheBuyersAndTheRecipientsNumberWhenTheCartCopiedIt(String phone) {
        assertThat(Evidences.inspect(check, SampleOrders.order().phone(phone).build())).containsExactly(Finding.of(
                ReasonCode.PHONE_INVALID, new Term("buyer's phone number and recipient's phone number", "注文者の電話番号と配送先の電話番号")));
    }

    @Test
    void namesOnlyTheRecipientWhoseNumberIsWrong() {
        var order = SampleOrders.order().shipping(
                new Shipment(SampleOrders.SATO_HANAKO, "080-4172-9365", SampleOrders.UMEDA),
                new Shipment(SampleOrders.SUZUKI_ICHIRO, "06-634-1", SampleOrders.UMEDA)).build();

        assertThat(Evidences.inspect(check, order)).containsExactly(
                Finding.of(ReasonCode.PHONE_INVALID, new Term("recipient's phone number 2", "配送先の電話番号2")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"090-3817-2046", "03-3464-2011", "0120-444-444", "050-3186-2290", "+81 90 3817 2046", "０９０ー３８１７ー２０４６"})
    void acceptsRealNumbersHoweverTyped(String phone) {
        assertThat(Evidences.inspect(check, SampleOrders.order().phone(phone).build())).isEmpty();
    }

    @Test
    void leavesAMadeUpNumberToTheDummyCheck() {
        assertThat(Evidences.inspect(check, SampleOrders.order().phone("000-0000-0000").build())).isEmpty();
    }
}
