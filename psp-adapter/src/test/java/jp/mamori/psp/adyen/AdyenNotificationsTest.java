package jp.mamori.psp.adyen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import jp.mamori.connector.FieldError;
import jp.mamori.connector.InvalidRequestException;
import jp.mamori.psp.PspEvent;
import jp.mamori.psp.PspEvent.Card;
import jp.mamori.psp.PspEvent.Payment;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AdyenNotificationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode batch(String... items) {
        StringBuilder json = new StringBuilder("{'live':'false','notificationItems':[");
        for (int i = 0; i < items.length; i++) {
            json.append(i == 0 ? "" : ",").append("{'NotificationRequestItem':").append(items[i]).append('}');
        }
        return JSON.readTree(json.append("]}").toString().replace('\'', '"'));
    }

    private static List<PspEvent> events(JsonNode batch) {
        return AdyenNotifications.read(batch).stream().map(AdyenNotifications.Item::event).toList();
    }

    @Test
    void aChargebackForFraudNamesThePaymentByItsOriginalReference() {
        JsonNode batch = batch("{'additionalData':{'chargebackReasonCode':'10.4','chargebackSchemeCode':'visa',"
                + "'hmacSignature':'x'},'amount':{'currency':'JPY','value':12800},'eventCode':'CHARGEBACK',"
                + "'eventDate':'2026-11-20T10:00:00+09:00','merchantAccountCode':'KyotoTeaJP','merchantReference':'10231',"
                + "'originalReference':'9913140798220028','paymentMethod':'visa','pspReference':'QFQTPCQ8HXSKGK82',"
                + "'reason':'Other Fraud-Card Absent Environment','success':'true'}");

        assertThat(events(batch)).containsExactly(new PspEvent.Chargeback("adyen", "QFQTPCQ8HXSKGK82:CHARGEBACK:true",
                new Payment(List.of("9913140798220028"), "10231"), "Other Fraud-Card Absent Environment", true));
    }

    @Test
    void aChargebackForAnotherReasonIsNotFraud() {
        JsonNode batch = batch("{'additionalData':{'chargebackReasonCode':' 4853','chargebackSchemeCode':'mc'},"
                + "'amount':{'currency':'EUR','value':1000},'eventCode':'CHARGEBACK','merchantAccountCode':'YOUR_MERCHANT_ACCOUNT',"
                + "'merchantReference':'YOUR_REFERENCE','originalReference':'9913140798220028','paymentMethod':'mc',"
                + "'pspReference':'QFQTPCQ8HXSKGK82','reason':'Payment.TxId=300000000524534724 dispute','success':'true'}");

        assertThat(events(batch)).singleElement().isInstanceOfSatisfying(PspEvent.Chargeback.class,
                chargeback -> assertThat(chargeback.fraudulent()).isFalse());
    }

    @Test
    void aFraudNoticeAndARefusedAuthorisationInOneBatch() {
        JsonNode batch = batch(
                "{'eventCode':'NOTIFICATION_OF_FRAUD','merchantAccountCode':'KyotoTeaJP','merchantReference':'10232',"
                        + "'originalReference':'9913140798220029','pspReference':'NOF11111','paymentMethod':'visa',"
                        + "'reason':'Fraudulent Use of Account Number','success':'true',"
                        + "'additionalData':{'nofReasonCode':'6','nofSchemeCode':'visa'}}",
                "{'additionalData':{'cardBin':'411111','cardSummary':'1111','issuerCountry':'US'},"
                        + "'amount':{'currency':'JPY','value':300},'eventCode':'AUTHORISATION','eventDate':'2026-11-20T10:00:05+09:00',"
                        + "'merchantAccountCode':'KyotoTeaJP','merchantReference':'10233','pspReference':'8815329842815468',"
                        + "'reason':'Refused','success':'false'}");

        assertThat(events(batch)).containsExactly(
                new PspEvent.FraudReported("adyen", "NOF11111:NOTIFICATION_OF_FRAUD:true",
                        new Payment(List.of("9913140798220029", "NOF11111"), "10232"), "Fraudulent Use of Account Number"),
                new PspEvent.Declined("adyen", "8815329842815468:AUTHORISATION:false", "8815329842815468",
                        new Payment(List.of("8815329842815468"), "10233"), Instant.parse("2026-11-20T01:00:05Z"),
                        new Card(null, "411111", "1111", "US"), 300L, "JPY", "Refused"));
    }

    @Test
    void aSuccessfulAuthorisationAndOtherEventsAreIgnored() {
        JsonNode batch = batch(
                "{'eventCode':'AUTHORISATION','pspReference':'A1','success':'true','amount':{'currency':'JPY','value':5000}}",
                "{'eventCode':'REPORT_AVAILABLE','pspReference':'R1','success':'true'}");

        assertThat(events(batch)).containsExactly(new PspEvent.Ignored("adyen", "A1:AUTHORISATION:true", "AUTHORISATION"),
                new PspEvent.Ignored("adyen", "R1:REPORT_AVAILABLE:true", "REPORT_AVAILABLE"));
    }

    @Test
    void eachItemKeepsTheFieldsItsHmacSigns() {
        JsonNode batch = batch("{'eventCode':'AUTHORISATION','pspReference':'7914073381342284','merchantAccountCode':'TestMerchant',"
                + "'merchantReference':'TestPayment-1407325143704','amount':{'value':1130,'currency':'EUR'},'success':'true'}");

        assertThat(AdyenNotifications.read(batch).get(0).signed().signedString())
                .isEqualTo("7914073381342284::TestMerchant:TestPayment-1407325143704:1130:EUR:AUTHORISATION:true");
    }

    @Test
    void aBatchThatIsNotANotificationIsRefusedNamingEachItem() {
        assertThatThrownBy(() -> AdyenNotifications.read(JSON.readTree("{\"live\": \"false\"}")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("notificationItems"));
        JsonNode broken = JSON.readTree("{\"notificationItems\": [{\"NotificationRequestItem\": {\"eventCode\": \"CHARGEBACK\"}},"
                + " {\"Other\": {}}]}");
        assertThatThrownBy(() -> AdyenNotifications.read(broken))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("notificationItems[0].NotificationRequestItem.pspReference",
                                "notificationItems[1].NotificationRequestItem"));
    }

    @Test
    void oneStoredItemIsReadAgainOnItsOwn() {
        JsonNode item = JSON.readTree(("{'eventCode':'AUTHORISATION','merchantAccountCode':'KyotoTeaJP','merchantReference':'10233',"
                + "'pspReference':'8815329842815467','success':'false','reason':'Refused',"
                + "'amount':{'currency':'JPY','value':300}}").replace('\'', '"'));

        AdyenNotifications.Item read = AdyenNotifications.item(item);

        assertThat(read.signed().pspReference()).isEqualTo("8815329842815467");
        assertThat(read.event()).isInstanceOf(PspEvent.Declined.class);
        assertThatThrownBy(() -> AdyenNotifications.item(JSON.readTree("{\"eventCode\":\"CHARGEBACK\"}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("pspReference"));
    }
}
