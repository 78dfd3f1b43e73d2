package jp.mamori.psp.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class PspAccountsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY = "44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056";

    private static PspAccount read(String json) {
        return PspAccounts.read(JSON.readTree(json.replace('\'', '"')));
    }

    private static List<String> refusedFields(String json) {
        try {
            read(json);
        } catch (InvalidRequestException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void eachProviderWithItsOwnSettings() {
        assertThat(read("{'provider':'stripe','merchant_id':'m1','webhook_secrets':['whsec_a','whsec_b']}"))
                .isEqualTo(new PspAccount.Stripe("m1", List.of("whsec_a", "whsec_b")));
        assertThat(read("{'provider':'adyen','merchant_id':'m1','merchant_accounts':['KyotoTeaJP'],'hmac_keys':['" + KEY + "'],"
                + "'basic_auth':{'username':'adyen','password':'s3cret'}}"))
                .isEqualTo(new PspAccount.Adyen("m1", List.of("KyotoTeaJP"), List.of(KEY), new PspAccount.BasicAuth("adyen", "s3cret")));
        assertThat(read("{'provider':'adyen','merchant_id':'m1','merchant_accounts':['KyotoTeaJP'],'hmac_keys':['" + KEY + "']}"))
                .isEqualTo(new PspAccount.Adyen("m1", List.of("KyotoTeaJP"), List.of(KEY), null));
        assertThat(read("{'provider':'gmo-pg','merchant_id':'m1','shop_id':'tshop00012345',"
                + "'url_token':'0123456789abcdef0123456789abcdef'}"))
                .isEqualTo(new PspAccount.GmoPg("m1", "tshop00012345", "0123456789abcdef0123456789abcdef"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no provider                | {'merchant_id':'m1'}                                                      | provider",
            "an unknown provider        | {'provider':'paypal','merchant_id':'m1'}                                  | provider",
            "no merchant                | {'provider':'stripe','webhook_secrets':['whsec_a']}                       | merchant_id",
            "no secrets                 | {'provider':'stripe','merchant_id':'m1','webhook_secrets':[]}             | webhook_secrets",
            "a secret not a string      | {'provider':'stripe','merchant_id':'m1','webhook_secrets':['a',1]}        | webhook_secrets[1]",
            "six secrets                | {'provider':'stripe','merchant_id':'m1','webhook_secrets':['a','b','c','d','e','f']} | webhook_secrets",
            "a misspelt setting         | {'provider':'stripe','merchant_id':'m1','webhook_secret':['whsec_a']}     | webhook_secrets;webhook_secret",
            "no merchant account         | {'provider':'adyen','merchant_id':'m1','hmac_keys':['00112233445566778899aabbccddeeff']} | merchant_accounts",
            "an HMAC key not hex        | {'provider':'adyen','merchant_id':'m1','merchant_accounts':['KyotoTeaJP'],'hmac_keys':['not-hex']}           | hmac_keys[0]",
            "basic auth without password| {'provider':'adyen','merchant_id':'m1','merchant_accounts':['KyotoTeaJP'],'hmac_keys':['00112233445566778899aabbccddeeff'],'basic_auth':{'username':'u'}} | basic_auth.password",
            "a short URL token          | {'provider':'gmo-pg','merchant_id':'m1','shop_id':'tshop1','url_token':'short'} | url_token",
            "a shop id too long         | {'provider':'gmo-pg','merchant_id':'m1','shop_id':'tshop0001234567','url_token':'0123456789abcdef0123456789abcdef'} | shop_id",
            "another provider's setting | {'provider':'gmo-pg','merchant_id':'m1','shop_id':'tshop1','url_token':'0123456789abcdef0123456789abcdef','hmac_keys':[]} | hmac_keys",
    })
    void refusedNamingEachField(String why, String json, String fields) {
        assertThat(refusedFields(json)).containsExactlyInAnyOrder(fields.split(";"));
    }

    @Test
    void notAnObject() {
        assertThatThrownBy(() -> read("[]")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void noSecretReachesToString() {
        PspAccount adyen = read("{'provider':'adyen','merchant_id':'m1','merchant_accounts':['KyotoTeaJP'],'hmac_keys':['" + KEY + "'],"
                + "'basic_auth':{'username':'adyen','password':'s3cret'}}");
        PspAccount stripe = read("{'provider':'stripe','merchant_id':'m1','webhook_secrets':['whsec_topsecret']}");
        PspAccount gmo = read("{'provider':'gmo-pg','merchant_id':'m1','shop_id':'tshop1',"
                + "'url_token':'0123456789abcdef0123456789abcdef'}");

        assertThat(adyen.toString()).doesNotContain(KEY, "s3cret");
        assertThat(stripe.toString()).doesNotContain("whsec_topsecret");
        assertThat(gmo.toString()).doesNotContain("0123456789abcdef").contains("tshop1");
    }

    @Test
    void storedSettingsReadBackAsTheSameAccountAndTheDescriptionHoldsNoSecret() {
        for (String json : List.of("{'provider':'stripe','merchant_id':'m1','webhook_secrets':['whsec_a','whsec_b']}",
                "{'provider':'adyen','merchant_id':'m1','merchant_accounts':['KyotoTeaJP'],'hmac_keys':['" + KEY + "'],'basic_auth':{'username':'adyen','password':'s3cret'}}",
                "{'provider':'adyen','merchant_id':'m1','merchant_accounts':['KyotoTeaJP'],'hmac_keys':['" + KEY + "']}",
                "{'provider':'gmo-pg','merchant_id':'m1','shop_id':'tshop1','url_token':'0123456789abcdef0123456789abcdef'}")) {
            PspAccount account = read(json);

            assertThat(PspAccounts.read(JSON.valueToTree(PspAccounts.settings(account)))).isEqualTo(account);
            assertThat(JSON.writeValueAsString(PspAccounts.described(account)))
                    .doesNotContain("whsec_a", KEY, "s3cret", "0123456789abcdef").contains("\"merchant_id\":\"m1\"");
        }
    }
}
