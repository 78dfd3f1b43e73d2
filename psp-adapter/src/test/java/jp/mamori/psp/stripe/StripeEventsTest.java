package jp.mamori.psp.stripe;

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

class StripeEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode event(String type, String object) {
        return JSON.readTree(("{'id':'evt_1QxYz','object':'event','api_version':'2024-06-20','created':1764115200,"
                + "'livemode':false,'type':'" + type + "','data':{'object':" + object + "}}").replace('\'', '"'));
    }

    @Test
    void aFraudulentDisputeIsAChargebackOfItsPaymentIntentAndCharge() {
        PspEvent read = StripeEvents.read(event("charge.dispute.created", "{'id':'dp_1','object':'dispute','amount':12800,"
                + "'currency':'jpy','charge':'ch_3Qa','payment_intent':'pi_3Qa','reason':'fraudulent','status':'needs_response'}"));

        assertThat(read).isEqualTo(new PspEvent.Chargeback("stripe", "evt_1QxYz",
                new Payment(List.of("pi_3Qa", "ch_3Qa"), null), "fraudulent", true));
    }

    @Test
    void aDisputeForAnotherReasonIsAChargebackButNotFraud() {
        PspEvent read = StripeEvents.read(event("charge.dispute.created",
                "{'id':'dp_2','object':'dispute','charge':'ch_4','payment_intent':null,'reason':'product_not_received'}"));

        assertThat(read).isEqualTo(new PspEvent.Chargeback("stripe", "evt_1QxYz",
                new Payment(List.of("ch_4"), null), "product_not_received", false));
    }

    @Test
    void anEarlyFraudWarningIsAFraudReport() {
        PspEvent read = StripeEvents.read(event("radar.early_fraud_warning.created",
                "{'id':'issfr_1','object':'radar.early_fraud_warning','actionable':true,'charge':'ch_5','fraud_type':'stolen_card'}"));

        assertThat(read).isEqualTo(new PspEvent.FraudReported("stripe", "evt_1QxYz", new Payment(List.of("ch_5"), null),
                "stolen_card"));
    }

    @Test
    void aFailedChargeIsADeclineWithWhatStripeSawOfTheCard() {
        PspEvent read = StripeEvents.read(event("charge.failed", "{'id':'ch_6','object':'charge','amount':300,'currency':'jpy',"
                + "'failure_code':'card_declined','outcome':{'type':'issuer_declined','reason':'insufficient_funds'},"
                + "'payment_intent':'pi_6','metadata':{'order_id':'10231'},'payment_method_details':{'type':'card',"
                + "'card':{'brand':'visa','country':'US','fingerprint':'Xt5EWLLDS7FJjR1c','last4':'0341','exp_month':12}}}"));

        assertThat(read).isEqualTo(new PspEvent.Declined("stripe", "evt_1QxYz", "ch_6", new Payment(List.of("pi_6", "ch_6"), "10231"),
                Instant.ofEpochSecond(1764115200), new Card("Xt5EWLLDS7FJjR1c", null, "0341", "US"), 300L, "jpy",
                "insufficient_funds"));
    }

    @Test
    void aFailedPaymentIntentIsADeclineWithItsDeclineCode() {
        PspEvent read = StripeEvents.read(event("payment_intent.payment_failed", "{'id':'pi_7','object':'payment_intent',"
                + "'amount':500,'currency':'jpy','metadata':{'order_id':'A-77'},'last_payment_error':{'type':'card_error',"
                + "'code':'card_declined','decline_code':'stolen_card','charge':'ch_7','payment_method':{'id':'pm_7',"
                + "'type':'card','card':{'country':'JP','fingerprint':'fp77','last4':'4242'}}}}"));

        assertThat(read).isEqualTo(new PspEvent.Declined("stripe", "evt_1QxYz", "ch_7", new Payment(List.of("pi_7", "ch_7"), "A-77"),
                Instant.ofEpochSecond(1764115200), new Card("fp77", null, "4242", "JP"), 500L, "jpy", "stolen_card"));
    }

    @Test
    void aFailedChargeAndItsFailedPaymentIntentNameOneAttemptAndAPaymentIntentWithoutAChargeIsItsOwn() {
        PspEvent charge = StripeEvents.read(event("charge.failed", "{'id':'ch_8','object':'charge','payment_intent':'pi_8'}"));
        PspEvent intent = StripeEvents.read(event("payment_intent.payment_failed",
                "{'id':'pi_8','object':'payment_intent','last_payment_error':{'charge':'ch_8'}}"));
        PspEvent noCharge = StripeEvents.read(event("payment_intent.payment_failed",
                "{'id':'pi_9','object':'payment_intent','last_payment_error':{'code':'payment_intent_authentication_failure'}}"));

        assertThat(((PspEvent.Declined) charge).attemptId()).isEqualTo("ch_8");
        assertThat(((PspEvent.Declined) intent).attemptId()).isEqualTo("ch_8");
        assertThat(((PspEvent.Declined) noCharge).attemptId()).isEqualTo("evt_1QxYz");
    }

    @Test
    void eachKindNamesItself() {
        assertThat(StripeEvents.read(event("charge.dispute.created", "{'id':'dp_1','charge':'ch_1','reason':'fraudulent'}")).kind())
                .isEqualTo("chargeback");
        assertThat(StripeEvents.read(event("radar.early_fraud_warning.created", "{'id':'issfr_1','charge':'ch_1'}")).kind())
                .isEqualTo("fraud_reported");
        assertThat(StripeEvents.read(event("charge.failed", "{'id':'ch_1'}")).kind()).isEqualTo("declined");
        assertThat(StripeEvents.read(event("customer.created", "{'id':'cus_1'}")).kind()).isEqualTo("ignored");
    }

    @Test
    void anyOtherTypeIsIgnored() {
        assertThat(StripeEvents.read(event("customer.created", "{'id':'cus_1','object':'customer'}")))
                .isEqualTo(new PspEvent.Ignored("stripe", "evt_1QxYz", "customer.created"));
    }

    @Test
    void anEnvelopeThatIsNotAnEventIsRefusedNamingEachField() {
        JsonNode notAnEvent = JSON.readTree("{\"type\": 7, \"data\": {}}");

        assertThatThrownBy(() -> StripeEvents.read(notAnEvent))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("id", "type", "data.object"));
    }
}
