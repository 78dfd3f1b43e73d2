package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import jp.mamori.connector.Money;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreeMailHighAmountCheckTest {

    private final FreeMailHighAmountCheck check = new FreeMailHighAmountCheck(100_000);

    @ParameterizedTest(name = "{0}, {1} yen -> {2}")
    @CsvSource({
            "taroyamada@gmail.com,       99999, false",
            "taroyamada@gmail.com,      100000, true",
            "ichiro_suzuki@yahoo.co.jp, 248000, true",
            "wang.wei@qq.com,           248000, true",    // free mail abroad is free mail too
            "hanako.sato@docomo.ne.jp,  248000, false",   // carrier mail: tied to a contract
            "sato@tokyo-tea.co.jp,      248000, false",   // a company's own domain
    })
    void notesFreeMailFromTheThresholdUp(String email, long yen, boolean noted) {
        var findings = Evidences.inspect(check, SampleOrders.order().email(email).yen(yen).build());

        if (noted) {
            String domain = email.substring(email.indexOf('@') + 1);
            assertThat(findings).containsExactly(Finding.of(ReasonCode.EMAIL_FREE_MAIL_HIGH_AMOUNT, domain, 100_000L));
        } else {
            assertThat(findings).isEmpty();
        }
    }

    @Test
    void anAmountInAnotherCurrencyIsNotJudgedAgainstAYenThreshold() {
        ScreeningRequest base = SampleOrders.order().build();
        ScreeningRequest inDollars = new ScreeningRequest(base.orderId(), base.orderedAt(), new Money(new BigDecimal("150000"), "USD"),
                base.buyer(), base.billingAddress(), base.shipping(), base.items(), base.payment(), base.device(), base.affiliate());

        assertThat(Evidences.inspect(check, inDollars)).isEmpty();
    }

    @Test
    void theMessageGivesTheThresholdInYen() {
        Finding finding = Evidences.inspect(check, SampleOrders.order().yen(128_000).build()).get(0);

        assertThat(finding.message()).isEqualTo("A free webmail address (gmail.com) is used for an order of 100000 yen or more.");
        assertThat(finding.messageJa()).isEqualTo("フリーメールアドレス（gmail.com）で100000円以上の注文です。");
    }
}
