package jp.mamori.psp.adyen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChargebackReasonsTest {

    @ParameterizedTest(name = "{0} {1} \"{2}\" → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "visa       | 10.4  | Other Fraud-Card Absent Environment  | true",
            "visa       | 13.1  | Merchandise/Services Not Received    | false",
            "visa       | 83    | -                                    | true",
            "mc         | ' 4837' | No Cardholder Authorization        | true",
            "mc         | 4853  | Cardholder Dispute                   | false",
            "mastercard | 4863  | -                                    | true",
            "amex       | f29   | Card Not Present                     | true",
            "amex       | C08   | Goods/Services Not Received          | false",
            "discover   | UA02  | -                                    | true",
            // The code decides over the text when the scheme is known.
            "visa       | 12.6  | Duplicate processing, not fraud      | false",
            // Otherwise the text.
            "jcb        | 526   | Fraudulent transaction               | true",
            "jcb        | 541   | Goods not received                   | false",
            "-          | -     | Other Fraud-Card Absent Environment  | true",
            "-          | -     | -                                    | false",
            "visa       | -     | Payment.TxId=300000000524534724 dispute | false",
    })
    void fraudByTheSchemesCodeElseByTheReasonText(String scheme, String code, String reason, boolean fraud) {
        assertThat(ChargebackReasons.isFraud(scheme, code, reason)).isEqualTo(fraud);
    }
}
