package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.Address;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingBlockNumberCheckTest {

    private final MissingBlockNumberCheck check = new MissingBlockNumberCheck();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"神南", "神南 メゾン神南405"})
    void flagsATownWithoutNumbers(String line1) {
        Address address = new Address("JP", "150-0041", "東京都", "渋谷区", line1, null);

        assertThat(Evidences.inspect(check, SampleOrders.order().billing(address).build()))
                .containsExactly(Finding.of(ReasonCode.ADDRESS_BLOCK_MISSING, new Term("billing address and shipping address", "請求先住所と配送先住所")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"神南1-2-3", "神南一丁目2番3号", "神南１－２－３"})
    void acceptsBlockNumbersHoweverWritten(String line1) {
        Address address = new Address("JP", "150-0041", "東京都", "渋谷区", line1, null);

        assertThat(Evidences.inspect(check, SampleOrders.order().billing(address).build())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1-2-3", "1-2-3 メゾン神南405", "一丁目2番3号", "１－２－３　メゾン神南４０５", "12番地", "2丁目", "191"})
    void readsTheBlockTypedFirstOnTheSecondLine(String line2) {
        Address address = new Address("JP", "150-0041", "東京都", "渋谷区", "神南", line2);

        assertThat(Evidences.inspect(check, SampleOrders.order().billing(address).build())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"メゾン神南 405号", "405号室", "101 メゾン神南", "メゾン神南1-2"})
    void takesNoRoomOrBuildingOnTheSecondLineForABlock(String line2) {
        Address address = new Address("JP", "150-0041", "東京都", "渋谷区", "神南", line2);

        assertThat(Evidences.inspect(check, SampleOrders.order().billing(address).build()))
                .containsExactly(Finding.of(ReasonCode.ADDRESS_BLOCK_MISSING, new Term("billing address and shipping address", "請求先住所と配送先住所")));
    }
}
