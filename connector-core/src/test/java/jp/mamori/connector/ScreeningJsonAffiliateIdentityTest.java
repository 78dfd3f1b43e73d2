package jp.mamori.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;

/** An affiliate's registration is read with the screening request's readers for name and address. */
class ScreeningJsonAffiliateIdentityTest {

    private final ScreeningJson json = new ScreeningJson(Clock.systemUTC());

    @Test
    void readsTheRegisteredIdentityInTheShapesOfABuyerAndAnAddress() {
        AffiliateIdentity identity = read("""
                {"name": {"family": "佐藤", "given": "健", "family_kana": "サトウ", "given_kana": "ケン"},
                 "email": "ken.sato.blog@gmail.com", "phone": "090-5521-8830",
                 "address": {"country": "JP", "postal_code": "330-0846", "region": "埼玉県", "locality": "さいたま市大宮区",
                             "line1": "大門町2-118", "line2": "大宮パークハイツ804"}}
                """);

        assertThat(identity.asBuyer()).isEqualTo(new Buyer(new PersonName("佐藤", "健", "サトウ", "ケン"),
                "ken.sato.blog@gmail.com", "090-5521-8830", null, null));
        assertThat(identity.address()).isEqualTo(new Address("JP", "330-0846", "埼玉県", "さいたま市大宮区", "大門町2-118",
                "大宮パークハイツ804"));
    }

    @Test
    void aPhoneAloneIsARegistration() {
        assertThat(read("{\"phone\": \"090-5521-8830\"}")).isEqualTo(new AffiliateIdentity(null, null, "090-5521-8830", null));
    }

    @Test
    void mistakesNameTheirFieldAsInAScreeningRequest() {
        InvalidRequestException e = refused("""
                {"name": {"family": "佐藤", "sei": "健"}, "email": 42,
                 "address": {"country": "JPN", "region": "埼玉県"}, "bank_account": "1234567"}
                """);

        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.INVALID_FIELD);
        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name.sei", "email", "address.country", "bank_account");
        assertThat(e.toString()).doesNotContain("1234567", "JPN");
    }

    @Test
    void aNameWithoutEmailPhoneOrAddressKeysNothingAndIsRefused() {
        InvalidRequestException e = refused("{\"name\": {\"family\": \"佐藤\", \"given\": \"健\"}}");

        assertThat(e.errors()).extracting(FieldError::detail).containsExactly("give at least one of email, phone and address");
    }

    @Test
    void aCardNumberIsRefusedBeforeAnythingElse() {
        InvalidRequestException e = refused("{\"phone\": \"4111111111111111\"}");

        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.CARD_NUMBER);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("phone");
    }

    private AffiliateIdentity read(String body) {
        return json.readAffiliateIdentity(body.getBytes(StandardCharsets.UTF_8));
    }

    private InvalidRequestException refused(String body) {
        return catchThrowableOfType(InvalidRequestException.class, () -> read(body));
    }
}
