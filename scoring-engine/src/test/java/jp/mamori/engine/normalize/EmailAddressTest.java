package jp.mamori.engine.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailAddressTest {

    private static EmailAddress email(String text) {
        return EmailAddress.parse(text).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Taro.Yamada+shop@GoogleMail.com|taroyamada@gmail.com",
        "t.a.r.o@gmail.com|taro@gmail.com",
        "Taro.Yamada@yahoo.co.jp|taro.yamada@yahoo.co.jp",
        "taro+news@yahoo.co.jp|taro@yahoo.co.jp",
        "taro..yamada.@docomo.ne.jp|taro..yamada.@docomo.ne.jp",
        "hanako@例え.jp|hanako@xn--r8jz45g.jp",
        "hanako@ＥＸＡＭＰＬＥ．ＪＰ|hanako@example.jp",
    })
    void canonicalFormFoldsWhatTheProviderIgnores(String typed, String canonical) {
        EmailAddress address = email(typed);
        assertThat(address.matchingForm()).isEqualTo(canonical);
        assertThat(address.original()).isEqualTo(typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a@gmail.com|FREE",
        "a@yahoo.co.jp|FREE",
        "a@docomo.ne.jp|CARRIER",
        "a@ezweb.ne.jp|CARRIER",
        "a@i.softbank.jp|CARRIER",
        "a@ocn.ne.jp|ISP",
        "a@mamori.example.co.jp|OTHER",
    })
    void knowsDomainKinds(String typed, MailDomainKind kind) {
        assertThat(email(typed).domainKind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a@gmial.com|gmail.com",
        "a@gmail.co|gmail.com",
        "a@gmai.com|gmail.com",
        "a@gmaill.com|gmail.com",
        "a@yahoo.co.jo|yahoo.co.jp",
        "a@yaho.co.jp|yahoo.co.jp",
        "a@docomo.ne.jo|docomo.ne.jp",
        "a@docono.ne.jp|docomo.ne.jp",
        "a@ezweb.ne.j|ezweb.ne.jp",
        "a@icloud.co|icloud.com",
        "a@hotmial.com|hotmail.com",
    })
    void flagsOneLetterTyposOfBigProviders(String typed, String meant) {
        assertThat(email(typed).likelyTypoOf()).contains(meant);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a@gmail.com", "a@email.com", "a@me.com", "a@mamori.co.jp", "a@yahoo.com"})
    void leavesRealDomainsAlone(String typed) {
        assertThat(email(typed).likelyTypoOf()).isEmpty();
    }

    @Test
    void oneEditMeansExactlyOne() {
        assertThat(MailDomains.oneEditApart("gmail.com", "gmail.com")).isFalse();
        assertThat(MailDomains.oneEditApart("gmial.com", "gmail.com")).isTrue();
        assertThat(MailDomains.oneEditApart("gmiak.com", "gmail.com")).isFalse();
    }

    @Test
    void theLocalPartIsCheckedAsTheCharacterClassOfMailSystemsWouldCheckIt() {
        java.util.regex.Pattern local = java.util.regex.Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
        java.util.List<String> locals = new java.util.ArrayList<>(java.util.List.of("", "a".repeat(64), "a".repeat(65),
                "taro..yamada.", "taro yamada", "taro\u3000", "太郎", "taro\uD83D\uDE00", "\uD83D\uDE00", "a\nb", "ｔａｒｏ"));
        for (char c = 0; c < 0x3100; c++) {
            locals.add("x" + c);
        }
        for (String l : locals) {
            EmailAddress address = new EmailAddress(l + "@gmail.com", l, "gmail.com");
            assertThat(address.hasValidSyntax()).as("local part %s", l).isEqualTo(local.matcher(l).matches());
        }
    }
}
