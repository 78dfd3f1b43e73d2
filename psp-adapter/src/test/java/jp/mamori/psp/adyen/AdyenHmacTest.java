package jp.mamori.psp.adyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.mamori.connector.signature.Verification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AdyenHmacTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY_A = "DFB1EB5485895CFA84146406857104ABB4CBCABDC8AAF103A624C8F6A3EAAB00";
    private static final String KEY_B = "44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056";
    private static final String KEY_C = "9064450A8892A093D9E97EFCC9639DE31B74F3A7803135555A3C96F5A57915D6";
    private static final String KEY_D = "74F490DD33F7327BAECC88B2947C011FC02D014A473AAA33A8EC93E4DC069174";
    private static final String AUTHORISATION = "{'pspReference':'7914073381342284','merchantAccountCode':'TestMerchant',"
            + "'merchantReference':'TestPayment-1407325143704','amount':{'value':1130,'currency':'EUR'},"
            + "'eventCode':'AUTHORISATION','success':'true','additionalData':{'hmacSignature':'%s'}}";

    // Adyen's published vectors, from its own libraries' tests: the item, the key, the signature it carries.
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "PHP, AUTHORISATION | " + KEY_A + " | " + AUTHORISATION + " | Ny9gS2veKo5E4w8/OL6xz1/wvT/hYkAXy1xNc/QvO4I=",
            "Ruby, same item | " + KEY_B + " | " + AUTHORISATION + " | coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=",
            "PHP, REFUND of 0 | " + KEY_B + " | {'pspReference':'7914073381342284','merchantAccountCode':'TestMerchant',"
                    + "'merchantReference':'TestPayment-1407325143704','amount':{'value':0,'currency':'EUR'},'eventCode':'REFUND',"
                    + "'success':'true','additionalData':{'hmacSignature':'%s'}} | J7HhsgZo5KwqdB7LFZJV6rfQgp+RqC2kuYyw/3x3w+8=",
            "Node, with an original reference | " + KEY_A + " | {'pspReference':'pspReference','originalReference':'originalReference',"
                    + "'merchantAccountCode':'merchantAccount','merchantReference':'reference','amount':{'currency':'EUR','value':1000},"
                    + "'eventCode':'CAPTURE','success':'true','additionalData':{'hmacSignature':'%s'}} | xhpHvYq2u2Np0rstbZ6QjLGu7JWhvf7Iwaa6EviJSX0=",
            "Java, value as a string | " + KEY_C + " | {'additionalData':{'hmacSignature':'%s'},'amount':{'currency':'EUR','value':'0'},"
                    + "'eventCode':'REPORT_AVAILABLE','eventDate':'2019-11-20T14:35:36+01:00','merchantAccountCode':'Magento2Rik',"
                    + "'merchantReference':'testMerchantRef1','pspReference':'test_REPORT_AVAILABLE',"
                    + "'reason':'will contain the url to the report','success':'true'} | NuEkADFmlCC6VgX+wcoPAegIWxVPNBPCuKlM4Hzo5qc=",
            "Java, backslashes and colons unescaped | " + KEY_D + " | {'pspReference':'ZVWN7D3WSMK2WN82','merchantAccountCode':'AntoniStroinski',"
                    + "'merchantReference':'\\\\:/\\\\/slashes are fun','amount':{'currency':'EUR','value':1000},'eventCode':'AUTHORISATION',"
                    + "'success':'true','additionalData':{'hmacSignature':'%s'}} | CZErGCNQaSsxbaQfZaJlakqo7KPP+mIa8a+wx3yNs9A=",
            "Ruby, a leading colon | " + KEY_D + " | {'pspReference':'M8NB66SBZSGLNK82','merchantAccountCode':'AntoniStroinski',"
                    + "'merchantReference':':slashes are fun','amount':{'currency':'EUR','value':1000},'eventCode':'AUTHORISATION',"
                    + "'success':'true','additionalData':{'hmacSignature':'%s'}} | 2EQYm7YJpKO4EtHSPu55SQTyWf8dkW5u2nD1tJFpViA=",
    })
    void acceptsAdyensPublishedVectorsAndRefusesTheirTamperedTwins(String source, String key, String item, String signature) {
        AdyenHmac hmac = new AdyenHmac(List.of(key));
        JsonNode signed = json(item, signature);

        assertThat(hmac.verify(AdyenNotificationItem.of(signed))).as(source).isEqualTo(Verification.VALID);
        assertThat(hmac.verify(AdyenNotificationItem.of(json(item.replace("'success':'true'", "'success':'false'"), signature))))
                .as(source + ", success flipped").isEqualTo(Verification.INVALID);
        assertThat(hmac.verify(AdyenNotificationItem.of(json(item.replace("'EUR'", "'JPY'"), signature))))
                .as(source + ", another currency").isEqualTo(Verification.INVALID);
        assertThat(new AdyenHmac(List.of(KEY_B.equals(key) ? KEY_A : KEY_B)).verify(AdyenNotificationItem.of(signed)))
                .as(source + ", another key").isEqualTo(Verification.INVALID);
        assertThat(new AdyenHmac(List.of(KEY_C.equals(key) ? KEY_D : KEY_C, key)).verify(AdyenNotificationItem.of(signed)))
                .as(source + ", its key second in a rotation").isEqualTo(Verification.VALID);
        assertThat(hmac.verify(AdyenNotificationItem.of(json(item, ""))))
                .as(source + ", unsigned").isEqualTo(Verification.MISSING);
    }

    private static JsonNode json(String item, String signature) {
        return JSON.readTree(item.formatted(signature).replace('\'', '"'));
    }
}
