package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpPhoneNewCustomerCheckTest {

    private final IpPhoneNewCustomerCheck check = new IpPhoneNewCustomerCheck();

    @ParameterizedTest(name = "{0}, new customer: {1} -> {2}")
    @CsvSource({
            "050-3186-2290, true,  true",
            "050-3186-2290, false, false",   // a returning customer has shown who they are
            "050-3186-2290,      , false",   // the shop does not know
            "090-3817-2046, true,  false",
            "03-3464-2011,  true,  false",
    })
    void notesAn050NumberOfAFirstTimeCustomer(String phone, Boolean isNew, boolean noted) {
        var findings = Evidences.inspect(check, SampleOrders.order().phone(phone).newCustomer(isNew).build());

        if (noted) {
            assertThat(findings).containsExactly(Finding.of(ReasonCode.PHONE_IP_NEW_CUSTOMER));
        } else {
            assertThat(findings).isEmpty();
        }
    }
}
