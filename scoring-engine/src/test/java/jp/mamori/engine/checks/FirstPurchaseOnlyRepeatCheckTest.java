package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.SampleOrders;
import jp.mamori.engine.Term;
import org.junit.jupiter.api.Test;

class FirstPurchaseOnlyRepeatCheckTest {

    private static final Term TRIAL = new Term("\"初回限定 深蒸し茶お試しセット\"", "「初回限定 深蒸し茶お試しセット」");
    private static final Term MATCHA = new Term("\"抹茶スイーツお試し\"", "「抹茶スイーツお試し」");

    private final FirstPurchaseOnlyRepeatCheck check = new FirstPurchaseOnlyRepeatCheck();

    @Test
    void theSamePersonUnderAnotherEmailIsTheStrongestAndNamesWhatMatched() {
        List<Finding> findings = inspect(repeat("初回限定 深蒸し茶お試しセット", EnumSet.of(IdentityKind.KANA_PHONE,
                IdentityKind.PHONE, IdentityKind.ADDRESS, IdentityKind.DEVICE), 1));

        assertThat(findings).containsExactly(Finding.of(ReasonCode.FIRST_PURCHASE_ONLY_REPEAT_PERSON, TRIAL,
                new Term("phone number and name reading with this phone number", "電話番号とフリガナと電話番号の組み合わせ")));
        assertThat(findings.get(0).messageJa()).startsWith("「初回限定 深蒸し茶お試しセット」はお一人様一回限りの商品ですが");
    }

    @Test
    void onlyTheSameAddressIsAHouseholdOrADropAddress() {
        assertThat(inspect(repeat("初回限定 深蒸し茶お試しセット", EnumSet.of(IdentityKind.ADDRESS, IdentityKind.DEVICE), 1)))
                .containsExactly(Finding.of(ReasonCode.FIRST_PURCHASE_ONLY_REPEAT_ADDRESS, TRIAL));
    }

    @Test
    void onlyTheSameDeviceIsTheWeakest() {
        assertThat(inspect(repeat("抹茶スイーツお試し", EnumSet.of(IdentityKind.DEVICE), 1)))
                .containsExactly(Finding.of(ReasonCode.FIRST_PURCHASE_ONLY_REPEAT_DEVICE, MATCHA));
    }

    @Test
    void theSurestMatchOfAnyItemDecidesAndNamesOnlyItsItems() {
        assertThat(inspect(
                repeat("初回限定 深蒸し茶お試しセット", EnumSet.of(IdentityKind.ADDRESS), 1),
                repeat("抹茶スイーツお試し", EnumSet.of(IdentityKind.EMAIL), 1)))
                .containsExactly(Finding.of(ReasonCode.FIRST_PURCHASE_ONLY_REPEAT_PERSON, MATCHA, new Term("email address", "メールアドレス")));
    }

    @Test
    void nothingWhenNoItemWasBoughtBefore() {
        assertThat(inspect()).isEmpty();
    }

    static FirstPurchaseRepeat repeat(String item, Set<IdentityKind> kinds, int earlier) {
        return new FirstPurchaseRepeat(item, kinds, earlier);
    }

    private List<Finding> inspect(FirstPurchaseRepeat... repeats) {
        return Evidences.inspect(check, Evidences.withFirstPurchaseRepeats(SampleOrders.order().build(), List.of(repeats)));
    }
}
