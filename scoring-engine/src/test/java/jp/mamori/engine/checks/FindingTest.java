package jp.mamori.engine.checks;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.engine.ReasonCode;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void aFindingWithoutDetailsUsesTheReasonsPlainMessage() {
        Finding finding = Finding.of(ReasonCode.EMAIL_INVALID_SYNTAX);

        assertThat(finding.details()).isEmpty();
        assertThat(finding.message()).isEqualTo("The email address cannot receive mail: its format is invalid.");
        assertThat(finding.messageJa()).isEqualTo("メールアドレスの形式が正しくないため、メールを受け取れません。");
    }

    @Test
    void detailsFillTheMessageInTheOrderGiven() {
        Finding finding = Finding.of(ReasonCode.VELOCITY_EMAIL_24H, 8, 5);

        assertThat(finding.details()).containsExactly(8, 5);
        assertThat(finding.message()).startsWith("8 orders").endsWith("(limit 5).");
        assertThat(finding.messageJa()).contains("8件の注文", "上限5件");
    }

    @Test
    void findingsWithTheSameReasonAndDetailsAreEqual() {
        assertThat(Finding.of(ReasonCode.EMAIL_DISPOSABLE_DOMAIN, "yopmail.com"))
                .isEqualTo(Finding.of(ReasonCode.EMAIL_DISPOSABLE_DOMAIN, "yopmail.com"))
                .isNotEqualTo(Finding.of(ReasonCode.EMAIL_DISPOSABLE_DOMAIN, "mailinator.com"));
    }
}
