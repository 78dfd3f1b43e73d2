package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.data.DisposableEmailDomains;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisposableEmailDomainCheckTest {

    private static final DisposableEmailDomainCheck CHECK = new DisposableEmailDomainCheck(DisposableEmailDomains.bundled());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "taroyamada@mailinator.com,        mailinator.com",
            "TaroYamada@Mailinator.COM,        mailinator.com",
            "taro@inbox.mailinator.com,        mailinator.com",
            "hanako.sato@yopmail.com,          yopmail.com",
            "ichiro@guerrillamail.com,         guerrillamail.com",
            "yamada.taro@sute.jp,              sute.jp",
    })
    void flagsAnAddressAtAListedDomainOrItsSubdomainNamingTheListedDomain(String email, String listed) {
        assertThat(inspect(email)).containsExactly(Finding.of(ReasonCode.EMAIL_DISPOSABLE_DOMAIN, listed));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "taroyamada@gmail.com",
            "hanako.sato@docomo.ne.jp",
            "ichiro_suzuki@yahoo.co.jp",
            "taro-yamada@ezweb.ne.jp",
            "hanako@i.softbank.jp",
            "suzuki@icloud.com",
            "yamada@xmailinator.com",       // ends with a listed name, but not at a label boundary
    })
    void doesNotFlagOrdinaryMailboxes(String email) {
        assertThat(inspect(email)).isEmpty();
    }

    @Test
    void saysNothingWhenThereIsNoEmail() {
        assertThat(Evidences.inspect(CHECK, SampleOrders.order().noBuyer().build())).isEmpty();
    }

    @Test
    void theFindingTellsTheClerkWhichServiceInBothLanguages() {
        Finding finding = inspect("taroyamada@mailinator.com").get(0);

        assertThat(finding.message()).isEqualTo("The email address belongs to a disposable email service (mailinator.com).");
        assertThat(finding.messageJa()).isEqualTo("使い捨てメールアドレスのサービス（mailinator.com）のアドレスです。");
    }

    private static List<Finding> inspect(String email) {
        return Evidences.inspect(CHECK, SampleOrders.order().email(email).build());
    }
}
