package jp.mamori.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.mamori.connector.Address;
import jp.mamori.connector.Buyer;
import jp.mamori.connector.Card;
import jp.mamori.connector.Device;
import jp.mamori.connector.Payment;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.Shipment;
import jp.mamori.engine.normalize.OrderNormalizer;

class IdentityKeysTest {

    private static final IdentityKeyer KEYER = new IdentityKeyer("identity-keys-test-pepper".getBytes(StandardCharsets.UTF_8));
    private final IdentityKeys keys = new IdentityKeys(OrderNormalizer.bundled(), KEYER);

    private static final Address HOME = new Address("JP", "113-0021", "東京都", "文京区", "本駒込2-28-16", "メゾン本駒込 201");

    private static ScreeningRequest order(Address shipTo) {
        PersonName name = new PersonName("山田", "花子", "ヤマダ", "ハナコ");
        return new ScreeningRequest("o-1", null, null,
                new Buyer(name, "Hanako.Yamada@gmail.com", "090-2468-1357", "c-1", true),
                HOME,
                List.of(new Shipment(name, "090-2468-1357", shipTo)),
                List.of(),
                new Payment("card", new Card("411111", "1111", "fp_3f9a", "JP"), null),
                new Device("203.0.113.7", "JP", "Mozilla/5.0", "ja-JP", "Asia/Tokyo", "ck-77"),
                null);
    }

    @Test
    void givesOneKeyPerKindWhenBillingAndShippingAgree() {
        List<IdentityKey> result = keys.of(order(new Address("JP", "1130021", null, null, "東京都文京区本駒込二丁目28番16号", "201号室")));
        assertThat(result).extracting(IdentityKey::kind).containsExactly(
                IdentityKind.EMAIL, IdentityKind.PHONE, IdentityKind.ADDRESS, IdentityKind.NAME_ADDRESS,
                IdentityKind.KANA_PHONE, IdentityKind.CARD, IdentityKind.DEVICE, IdentityKind.IP);
    }

    @Test
    void aSecondDestinationAddsItsOwnAddressKeys() {
        List<IdentityKey> result = keys.of(order(new Address("JP", "530-0001", null, null, "大阪府大阪市北区梅田1-2-3", null)));
        assertThat(result).filteredOn(k -> k.kind() == IdentityKind.ADDRESS).hasSize(2);
        assertThat(result).filteredOn(k -> k.kind() == IdentityKind.NAME_ADDRESS).hasSize(2);
    }

    @Test
    void keysAreHmacsOfTheNormalizedValueNeverTheRawOne() {
        List<IdentityKey> result = keys.of(order(HOME));
        IdentityKey email = result.get(0);
        assertThat(email).isEqualTo(KEYER.key(IdentityKind.EMAIL, "hanakoyamada@gmail.com"));
        assertThat(result).allSatisfy(k -> assertThat(k.hash()).matches("[0-9a-f]{64}"));
        assertThat(result).filteredOn(k -> k.kind() == IdentityKind.IP)
                .containsExactly(KEYER.key(IdentityKind.IP, "203.0.113.7"));
    }

    @Test
    void aPlaceholderPhoneNumberIdentifiesNobody() {
        PersonName name = new PersonName("山田", "花子", "ヤマダ", "ハナコ");
        for (String placeholder : List.of("090-1234-5678", "000-0000-0000", "080-1111-1111")) {
            ScreeningRequest request = new ScreeningRequest("o-2", null, null, new Buyer(name, null, placeholder, null, true), HOME,
                    List.of(), List.of(), null, null, null);

            assertThat(keys.of(request)).as(placeholder).extracting(IdentityKey::kind)
                    .containsExactly(IdentityKind.ADDRESS, IdentityKind.NAME_ADDRESS);
        }
    }

    @Test
    void anEmptyRequestHasNoKeys() {
        assertThat(keys.of(new ScreeningRequest("o", null, null, null, null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void newKindsHaveLowerCaseLabels() {
        assertThat(IdentityKind.fromLabel("kana_phone")).isEqualTo(IdentityKind.KANA_PHONE);
        assertThat(IdentityKind.fromLabel("name_address")).isEqualTo(IdentityKind.NAME_ADDRESS);
        assertThat(IdentityKind.EMAIL.label()).isEqualTo("email");
    }
}
