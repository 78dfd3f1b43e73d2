package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomEmailLocalPartCheckTest {

    private final RandomEmailLocalPartCheck check = new RandomEmailLocalPartCheck();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "x7k9m2p4q@gmail.com",            // letters and digits alternating
            "kj4h5g6f8d@outlook.jp",
            "qzxkvbwtrp@yahoo.co.jp",         // no vowels
            "tdkrmnqzs.v@gmail.com",
            "5f2d9a1e7c3b@gmail.com",         // hexadecimal token
            "a3f9c0e2b71d44@icloud.com",
            "kzxx83nnx@gmail.com",            // digits between consonants: no long run, still no vowel at all
            "30nx4lxcr@gmail.com",
            "w5gkdbsgs@gmail.com",
    })
    void flagsMailboxNamesMadeByAScript(String email) {
        assertThat(Evidences.inspect(check, SampleOrders.order().email(email).build()))
                .containsExactly(Finding.of(ReasonCode.EMAIL_RANDOM_LOCAL_PART));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "tsuchiya.shunsuke@gmail.com",
            "tsuchiyashunsuke@gmail.com",
            "kobayashi_kenichiro@yahoo.co.jp",
            "nishikawa.tetsuya@outlook.jp",
            "matsumoto1985@gmail.com",
            "sakura19950412@gmail.com",
            "hkt48love@yahoo.co.jp",
            "r2d2fan@gmail.com",
            "k.watanabe@nifty.com",
            "shinnosuke.2020@icloud.com",
            "ryo0731@gmail.com",
            "yamada-t2@outlook.jp",
            "christopherschmidt@gmail.com",   // concatenated English names are consonant-rich too
            "knightsbridge.lynn@gmail.com",
            "deadbeefcafe@gmail.com",         // hex letters, but no digits: a word game, not a token
            "taro+x7k9m2p4q@gmail.com",       // the tag is the shop's or a filter's, not the mailbox name
            "tk0412@gmail.com",               // initials and a birthday: too few letters to judge
            "kzk.1985@yahoo.co.jp",
            "tkhs.2525@icloud.com",           // a name shortened to consonants, in short
            "hrk1990@gmail.com",
            "nyny0808@gmail.com",             // y is a vowel
    })
    void leavesNamesPeopleChoseAlone(String email) {
        assertThat(Evidences.inspect(check, SampleOrders.order().email(email).build())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zt3bq9w8a1c4@docomo.ne.jp", "k7m2x9p4q8@ezweb.ne.jp"})
    void leavesCarrierMailboxesAloneSinceCarriersAssignedRandomOnes(String email) {
        assertThat(Evidences.inspect(check, SampleOrders.order().email(email).build())).isEmpty();
    }
}
