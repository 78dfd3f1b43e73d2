package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.normalize.EmailAddress;
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
        ScreeningRequest request = SampleOrders.order().noBuyer().build();
        List<Finding> findings = new ArrayList<>();

        CHECK.inspect(new Evidence(request, Optional.empty(), Map.of()), findings::add);

        assertThat(findings).isEmpty();
    }

    @Test
    void theFindingTellsTheClerkWhichServiceInBothLanguages() {
        Finding finding = inspect("taroyamada@mailinator.com").get(0);

        assertThat(finding.message()).isEqualTo("The email address belongs to a disposable email service (mailinator.com).");
        assertThat(finding.messageJa()).isEqualTo("使い捨てメールアドレスのサービス（mailinator.com）のアドレスです。");
    }

    private static List<Finding> inspect(String email) {
        ScreeningRequest request = SampleOrders.order().email(email).build();
        List<Finding> findings = new ArrayList<>();
        CHECK.inspect(new Evidence(request, EmailAddress.parse(email), Map.of()), findings::add);
        return findings;
    }
}
