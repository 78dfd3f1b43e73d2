package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.mamori.connector.ScreeningRequest;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailSyntaxCheckTest {

    private final EmailSyntaxCheck check = new EmailSyntaxCheck();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "taro.yamada.gmail.com",        // @ missing
            "@gmail.com",                   // nothing before the @
            "taroyamada@",                  // nothing after the @
            "taroyamada@gmail",             // no top-level domain
            "taroyamada@gmail..com",        // empty domain label
            "taroyamada@-docomo.ne.jp",     // label starting with a hyphen
            "taroyamada@gmail.c",           // one-letter top-level domain
            "taro yamada@yahoo.co.jp",      // space in the local part
            "taro(yamada)@yahoo.co.jp",     // comment characters
    })
    void flagsAnAddressNoMailServerWouldAccept(String email) {
        List<Finding> findings = inspect(SampleOrders.order().email(email).build());

        assertThat(findings).containsExactly(Finding.of(ReasonCode.EMAIL_INVALID_SYNTAX));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "taroyamada@gmail.com",
            "Taro.Yamada+shop@GoogleMail.com",
            "hanako.sato@docomo.ne.jp",
            "ichiro_suzuki@yahoo.co.jp",
            "taro..yamada.@docomo.ne.jp",   // pre-2009 carrier address: consecutive dots, dot before @
            "hanako.-sato..@ezweb.ne.jp",
            "taro-yamada@i.softbank.jp",
            "yamada@例え.jp",               // internationalized domain
    })
    void acceptsAddressesJapaneseBuyersReallyUse(String email) {
        assertThat(inspect(SampleOrders.order().email(email).build())).isEmpty();
    }

    @Test
    void saysNothingWhenThereIsNoBuyer() {
        assertThat(inspect(SampleOrders.order().noBuyer().build())).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\u3000"})
    void saysNothingWhenTheBuyerGaveNoEmail(String email) {
        assertThat(inspect(SampleOrders.order().email(email).build())).isEmpty();
    }

    private List<Finding> inspect(ScreeningRequest request) {
        return Evidences.inspect(check, request);
    }
}
