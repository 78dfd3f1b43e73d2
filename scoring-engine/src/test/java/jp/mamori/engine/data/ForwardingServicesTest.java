package jp.mamori.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.engine.normalize.AddressParser;
import jp.mamori.engine.normalize.JapaneseAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ForwardingServicesTest {

    private static final AddressParser PARSER = AddressParser.bundled();
    private static final ForwardingServices BUNDLED = ForwardingServices.bundled();

    @Test
    void theBundledListLoadsEveryEntryDownToTheBlock() {
        // read() refuses an entry that cannot be placed down to the block; the seed has seven.
        assertThat(BUNDLED.size()).isEqualTo(7);
    }

    @ParameterizedTest(name = "{3} {4}")
    @CsvSource(delimiter = '|', value = {
            "210-0869|神奈川県|川崎市川崎区|東扇島21-4|#ABC12345",
            "2100869|神奈川県|川崎市川崎区|東扇島２１－４|倉庫棟2F JP-123456",
            "210-0869|神奈川県|川崎市川崎区|東扇島21番地4| ",
            "143-0001|東京都|大田区|東海三丁目7番12号|ST-00881234",
            "559-0031|大阪府|大阪市住之江区|南港東8丁目3-41|#MX552018",
    })
    void aWarehouseIsMatchedWhateverRoomOrCodeAndHoweverTheBlockIsWritten(String postal, String prefecture, String city,
                                                                          String line1, String line2) {
        assertThat(BUNDLED.isWarehouse(PARSER.parse("JP", postal, prefecture, city, line1, line2))).isTrue();
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "210-0869|神奈川県|川崎市川崎区|東扇島21-5",
            "210-0869|神奈川県|川崎市川崎区|東扇島",
            "150-0041|東京都|渋谷区|神南1-2-3",
    })
    void aNeighbouringBlockOrATownWithoutBlockIsNotAWarehouse(String postal, String prefecture, String city, String line1) {
        assertThat(BUNDLED.isWarehouse(PARSER.parse("JP", postal, prefecture, city, line1, null))).isFalse();
    }

    @Test
    void anOverseasAddressHasNoBlockKey() {
        JapaneseAddress abroad = PARSER.parse("US", "97230", "OR", "Portland", "12 NE Airport Way", "#ABC12345");

        assertThat(ForwardingServices.blockKey(abroad)).isEmpty();
        assertThat(BUNDLED.isWarehouse(abroad)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "#ABC12345|true",
            "＃ＡＢＣ１２３４５|true",
            "#AB-1234|true",
            "物流センター3F JP-123456|true",
            "3FJP-123456|true",
            "ＳＴ－００８８１２|true",
            "#123456|true",
            "倉庫棟 ts-00012345|true",
            "物流センター SKY022620|true",
            "JFW691663|true",
            "ＷＰ７４２５６３|true",
            "グランドメゾンAB1203|false",
            "AB1234|false",
            "メゾン神南405|false",
            "B棟1203|false",
            "A-101|false",
            "#405|false",
            "ハイツ青葉 #1203|false",
            "六本木ヒルズレジデンスB棟1203|false",
            "コーポ一番町 302|false",
            "神南1-2-3|false",
            "AB-1234|false",
            "150-0041|false",
    })
    void customerCodesOfForwardingServicesAreToldFromRoomNumbers(String line, boolean code) {
        assertThat(ForwardingServices.hasCustomerCode(line)).isEqualTo(code);
    }

    @Test
    void noLineNoCode() {
        assertThat(ForwardingServices.hasCustomerCode(null)).isFalse();
        assertThat(ForwardingServices.hasCustomerCode("")).isFalse();
    }
}
