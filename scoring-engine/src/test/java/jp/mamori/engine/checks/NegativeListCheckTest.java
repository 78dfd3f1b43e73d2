package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NegativeListCheckTest {

    private final NegativeListCheck check = new NegativeListCheck();

    @Test
    void namesTheKindsThatMatchedInBothLanguages() {
        var findings = Evidences.inspect(check, Evidences.withNegativeListMatches(SampleOrders.order().build(),
                EnumSet.of(IdentityKind.PHONE, IdentityKind.CARD)));

        assertThat(findings).containsExactly(Finding.of(ReasonCode.NEGATIVE_LIST_MATCH, new Term("phone number and card", "電話番号とカード")));
        assertThat(findings.get(0).message()).isEqualTo("The shared list of confirmed fraud holds this order's phone number and card.");
        assertThat(findings.get(0).messageJa()).isEqualTo("電話番号とカードが、不正が確認された共有ネガティブリストに登録されています。");
    }

    @ParameterizedTest
    @EnumSource(IdentityKind.class)
    void everyKindHasAWordForTheClerk(IdentityKind kind) {
        Term term = NegativeListCheck.term(kind);

        assertThat(term.en()).matches("[A-Za-z ]+");
        assertThat(term.ja()).containsPattern("[\\p{IsHan}\\p{IsKatakana}]");
    }

    @Test
    void saysNothingWithoutAMatch() {
        assertThat(Evidences.inspect(check, Evidences.withNegativeListMatches(SampleOrders.order().build(), Set.of()))).isEmpty();
    }
}
