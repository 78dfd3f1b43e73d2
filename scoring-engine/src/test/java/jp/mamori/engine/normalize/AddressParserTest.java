package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressParserTest {

    private final AddressParser parser = AddressParser.bundled();

    private JapaneseAddress parse(String postalCode, String line1, String line2) {
        return parser.parse("JP", postalCode, null, null, line1, line2);
    }

    @Test
    void splitsEveryPart() {
        JapaneseAddress a = parse("113-0021", "東京都文京区本駒込二丁目28番16号", "メゾン本駒込 201号室");
        assertThat(a.prefecture()).isEqualTo("東京都");
        assertThat(a.municipality()).isEqualTo("文京区");
        assertThat(a.town()).isEqualTo("本駒込");
        assertThat(a.block()).isEqualTo("2-28-16");
        assertThat(a.building()).isEqualTo("メゾン本駒込");
        assertThat(a.room()).isEqualTo("201");
        assertThat(a.flags()).isEmpty();
    }

    @Test
    void readsABlockTypedOnTheSecondLineAsTheBlock() {
        JapaneseAddress first = parse("113-0021", "東京都文京区本駒込二丁目28番16号", "メゾン本駒込 201号室");
        JapaneseAddress second = parse("113-0021", "東京都文京区本駒込", "二丁目28番16号 メゾン本駒込 201号室");
        assertThat(second.block()).isEqualTo("2-28-16");
        assertThat(second.building()).isEqualTo(first.building());
        assertThat(second.room()).isEqualTo(first.room());
        assertThat(second.flags()).isEmpty();
    }

    @Test
    void keepsGunAndDesignatedCityWards() {
        JapaneseAddress gun = parse("498-0807", "三重県木曽岬町大字西対海地123", null);
        assertThat(gun.municipality()).isEqualTo("桑名郡木曽岬町");
        assertThat(gun.town()).isEqualTo("西対海地");
        assertThat(gun.flags()).isEmpty();
        JapaneseAddress ward = parse("060-0003", "北海道札幌市中央区北3条西4丁目1-1", "日本生命札幌ビル");
        assertThat(ward.municipality()).isEqualTo("札幌市中央区");
        assertThat(ward.town()).isEqualTo("北三条西");
        assertThat(ward.block()).isEqualTo("4-1-1");
    }

    @Test
    void findsTheTownAfterKyotoDirections() {
        JapaneseAddress a = parse("604-8026", "京都府京都市中京区河原町通四条上る米屋町384", null);
        assertThat(a.town()).isEqualTo("米屋町");
        assertThat(a.block()).isEqualTo("384");
        assertThat(a.flags()).isEmpty();
    }

    @Test
    void takesThePrefectureFromTheCodeWooCommerceSends() {
        JapaneseAddress a = parser.parse("JP", "102-0073", "JP13", "千代田区", "九段北1-2-3", null);
        assertThat(a.prefecture()).isEqualTo("東京都");
        assertThat(a.town()).isEqualTo("九段北");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "100-0001|大阪府大阪市北区梅田1-1-1|-|POSTAL_CODE_MISMATCH",
        "113-0022|東京都文京区本駒込2-28-16|-|POSTAL_CODE_MISMATCH",
        "999-9999|東京都文京区本駒込2-28-16|-|POSTAL_CODE_UNKNOWN",
        "113-002|東京都文京区本駒込2-28-16|-|POSTAL_CODE_UNKNOWN",
        "113-0021|東京都文京区本駒込|-|BLOCK_MISSING",
        "-|どこか町1-2-3|-|MUNICIPALITY_UNKNOWN",
        "100-0001|東京都千代田区千代田1-1|郵便局留め|POST_OFFICE_HOLD",
        "100-0001|東京都千代田区千代田1-1|ヤマト運輸 千代田営業所止め|CARRIER_OFFICE_HOLD",
        "530-0001|大阪府大阪市北区梅田3丁目1番1号|ホテルグランヴィア大阪 1234号室|HOTEL",
        "530-0001|大阪府大阪市北区梅田1-2-3|ウィークリーマンション梅田 305|SHORT_STAY_MANSION",
        "530-0001|大阪府大阪市北区梅田1-2-3|マンスリーレジデンス梅田|SHORT_STAY_MANSION",
        "100-8799|東京都千代田区丸の内2-7-2|私書箱 第12号|PO_BOX",
        "100-8799|東京都千代田区丸の内2-7-2|P.O. Box 12|PO_BOX",
    })
    void flags(String postalCode, String line1, String line2, AddressFlag flag) {
        assertThat(parse(postalCode, line1, line2).flags()).contains(flag);
    }

    @Test
    void aFittingOrdinaryAddressHasNoFlag() {
        assertThat(parse("530-0001", "大阪府大阪市北区梅田1-2-3", "梅田レジデンス 305").flags()).isEmpty();
    }

    @Test
    void overseasAddressesAreNotParsed() {
        JapaneseAddress a = parser.parse("US", "94105", "CA", "San Francisco", "1 Market St", null);
        assertThat(a.flags()).containsExactly(AddressFlag.OVERSEAS);
        assertThat(a.prefecture()).isEmpty();
    }
}
