package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAliasCheckTest {

    private final EmailAliasCheck check = new EmailAliasCheck();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"taroyamada+tokyotea@gmail.com", "Hanako.Sato+2@outlook.jp", "ichiro+a+b@yahoo.co.jp"})
    void notesAPlusTag(String email) {
        assertThat(Evidences.inspect(check, SampleOrders.order().email(email).build()))
                .containsExactly(Finding.of(ReasonCode.EMAIL_ALIAS));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "taroyamada@gmail.com",
            "taro.yamada@gmail.com",       // dots are not aliases a buyer chose
            "taro_yamada-1985@nifty.com",
            "taroyamada+@gmail.com",       // a plus with no tag after it
            "+taro@gmail.com",             // nothing before the plus: not a tag of a mailbox
    })
    void saysNothingWithoutATag(String email) {
        assertThat(Evidences.inspect(check, SampleOrders.order().email(email).build())).isEmpty();
    }
}
