package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.connector.PersonName;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForeignWebmailCheckTest {

    private final ForeignWebmailCheck check = new ForeignWebmailCheck();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"yamadakeiko269@163.com, 163.com", "v60hq53nn@qq.com, qq.com", "taro.y@naver.com, naver.com"})
    void notesAJapaneseNameWithAMailboxAtAnotherCountrysWebmail(String email, String domain) {
        assertThat(Evidences.inspect(check, SampleOrders.order().email(email).build()))
                .containsExactly(Finding.of(ReasonCode.EMAIL_FOREIGN_WEBMAIL, domain));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"taroyamada@gmail.com", "taro@yahoo.co.jp", "taro.yamada@outlook.com", "t-yamada@docomo.ne.jp", "not-an-address@"})
    void leavesMailboxesJapaneseBuyersHaveAlone(String email) {
        assertThat(Evidences.inspect(check, SampleOrders.order().email(email).build())).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"王, 偉, ワン, ウェイ, wangwei88@163.com", "張, 敏, チョウ, ビン, zhangmin@qq.com", "金, 民俊, キム, ミンジュン, minjun.kim@naver.com",
            "Nguyen, Van Anh, グエン, ヴァン アイン, vananh@qq.com"})
    void leavesResidentsFromAbroadWithTheirHomeMailboxesAlone(String family, String given, String familyKana, String givenKana, String email) {
        PersonName name = new PersonName(family, given, familyKana, givenKana);

        assertThat(Evidences.inspect(check, SampleOrders.order().name(name).email(email).build())).isEmpty();
    }

    @Test
    void theMessageNamesTheDomain() {
        Finding finding = Evidences.inspect(check, SampleOrders.order().email("yamadakeiko269@163.com").build()).get(0);

        assertThat(finding.message())
                .isEqualTo("The buyer's name is Japanese, but the mailbox is at a webmail service for people of another country (163.com).");
        assertThat(finding.messageJa()).isEqualTo("注文者は日本人の氏名ですが、メールアドレスが海外の利用者向けのフリーメール（163.com）です。");
    }
}
