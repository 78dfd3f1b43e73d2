package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDomainTypoCheckTest {

    private final EmailDomainTypoCheck check = new EmailDomainTypoCheck();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "taroyamada@gmial.com,        gmial.com,      gmail.com",
            "hanako.sato@docomo.ne.jo,    docomo.ne.jo,   docomo.ne.jp",
            "ichiro_suzuki@yaho.co.jp,    yaho.co.jp,     yahoo.co.jp",
            "taro-yamada@ezweb.ne.pj,     ezweb.ne.pj,    ezweb.ne.jp",
    })
    void namesTheTypedDomainAndTheProviderItLooksLike(String email, String typed, String intended) {
        assertThat(Evidences.inspect(check, SampleOrders.order().email(email).build()))
                .containsExactly(Finding.of(ReasonCode.EMAIL_DOMAIN_TYPO, typed, intended));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "taroyamada@gmail.com",
            "hanako.sato@docomo.ne.jp",
            "yamada@googlemail.com",       // a listed domain of its own, not a typo of gmail.com
            "sato@tokyo-tea.co.jp",        // a company's own domain
            "taroyamada@gmial",            // unusable: EMAIL_INVALID_SYNTAX's reason, not this one
    })
    void saysNothingOfRealDomainsOrUnusableAddresses(String email) {
        assertThat(Evidences.inspect(check, SampleOrders.order().email(email).build())).isEmpty();
    }
}
